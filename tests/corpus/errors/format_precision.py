# Widths and precisions in format specs: Py_ssize_t-sized, huge float precisions work
# (digits past the exact expansion are zeros), nested fields number on from the outer ones.
for spec in ['9223372036854775807', '9223372036854775808', '.9223372036854775808',
             '.2147483648f', '.9223372036854775807f', '99999999999999999999d',
             '.99999999999999999999']:
    for v in (1.5, 7):
        try:
            print(spec, len(format(v, spec)))
        except Exception as e:
            print(spec, type(e).__name__, e)
print(len(format(1.5, '.70000f')), len('%.70000f' % 2.5), len(format(1e-300, '.70000e')))
print(len(format(1 / 3, '.70000g')), len(format(1 / 3, '#.70000g')), len(f'{2.5:.70000%}'))
print(format(1 / 3, '.1200f')[-5:], format(1 / 3, '.1200e')[-8:], format(2.0**-1074, '.1080f')[-12:])
print(format(float('inf'), '.70000f'), format(float('nan'), '.70000e'))
print('{:{}}|'.format(1, 5), '{:{}{}}|'.format(1, '>', 5), '{0:{1}}|'.format(1, 4))
print('{:{}.{}f}|'.format(3.14159, 8, 2), '{:>{}}|'.format('ab', 4))
for f, a in [('{:{:{}}}', (1, 2, 3)), ('{:{}}', (1, 2**63)), ('{:{}}', (1,))]:
    try:
        print(f.format(*a))
    except Exception as e:
        print(type(e).__name__, e)
