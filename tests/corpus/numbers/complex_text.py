# complex from strings, and complex repr/str/format.

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

for text in ['1', '1j', '-1j', 'j', '+j', '-J', '1+2j', '1-2j', '1+j', '1-j', '-1.5e3+2.5E-3J',
             '(1+2j)', ' ( 1+2j ) ', '\t1j\n', '1e5j', '.5j', '5.j', '1.e5', 'inf', '-infj',
             'nan', 'nanj', 'infinity+infinityj', 'InF-NaNj', '1_000', '1_0+2_0j', '0x1',
             '1e500', '1e500j', '-0', '-0j', '(-0-0j)', '１２', '１+２j', '\u20031j\u2003',
             '', ' ', '()', '(', '1+', '1 + 2j', '1+2', '1+2jj', 'j1', '1j+2', '(1+2j', '1+2j)',
             '((1))', '1e', '1e+', 'e1', '1..2', '+-1j', '1+-2j', 'jj', '1_', '_1', '1__0',
             '1_j', '1._5', '1\x00', 'ab', '1+2i', '٣j']:
    check('complex(%r)' % text, lambda: complex(text))
check("complex('1', 2)", lambda: complex('1', 2))
check("complex(1, '2')", lambda: complex(1, '2'))
check("complex('1', '2')", lambda: complex('1', '2'))
check("complex(b'1')", lambda: complex(b'1'))
check("complex(bytearray(b'1'))", lambda: complex(bytearray(b'1')))

# repr round-trips through complex()
for z in [1 + 2j, -1.5 - 0.25j, 1e20j, complex(1e-320, -1e300), complex(-0.0, 1), 0.1 + 0.2j]:
    print(repr(z), complex(repr(z)) == z, complex(str(z)) == z)

# format()
zs = [1.5 - 2.25j, 1j, -1j, 0j, complex(-0.0, -0.0), complex(1e20, 1e-5), complex(float('nan'), float('inf')),
      complex(1234567.5, -7654321.25), complex(0.0, -0.0)]
specs = ['', 'g', 'G', 'e', 'E', 'f', 'F', 'n', '.2', '.2f', '.0e', '.3g', '>20', '<20', '^20',
         '*^24.3f', '+', '-', ' ', '#', '#g', '#.0f', 'z', 'z.1f', ',', '_.2f', ',g', '10', '+.1e']
for z in zs:
    print(repr(z), [format(z, s) for s in specs])
print(f'{1+2j}', f'{1+2j!r}', f'{1+2j:>10}', '{:.3f}'.format(1j), '%s|%r' % (1j, 2 + 1j))
for spec in ['=10', '010', '<010', '0<10', 'x<010', '%', 'd', 'x', 's', 'c', '.2%', ',n', 'xx', '.', '1.2.3', ',_']:
    check('format(1+2j, %r)' % spec, lambda: format(1 + 2j, spec))
check("'%f' % 1j", lambda: '%f' % 1j)
check("'%d' % 1j", lambda: '%d' % 1j)
check("'%x' % 1j", lambda: '%x' % 1j)
