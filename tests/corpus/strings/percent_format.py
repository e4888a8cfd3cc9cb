def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
cases = [('%d', 5), ('%5d', -3), ('%-5d|', 3), ('%+d', 3), ('% d', 3), ('%05d', -3), ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%#08x', 255), ('%.3d', 5), ('%x', -255), ('%c', 65), ('%c', 'z'), ('%c', 'zz'), ('%c', -1), ('%c', 0x110000), ('%e', 1.5), ('%E', 1e100), ('%.0e', 12345.0), ('%#.0e', 1.0), ('%f', 1/3), ('%.0f', 2.5), ('%#.0f', 2.0), ('%g', 1e-5), ('%G', 1e20), ('%#g', 1.0), ('%r', 'a'), ('%s', 'a'), ('%a', 'é'), ('%%', ()), ('%5%', ()), ('%-5s|', 'ab'), ('%.1s', 'ab'), ('%z', 1), ('%', 1), ('%(a)s', {'a': 1}), ('%(a)s %(b)s', {'a': 1}), ('%(a)s', 1), ('%(a', {}), ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('%d', '1'), ('%*d', (5, 1)), ('%-*d|', (5, 1)), ('%*d', (-5, 1)), ('%.*f', (2, 1.0)), ('%*d', ('a', 1)), ('%.*f', (2.0, 1.0)), ('%s', [1]), ('%d %s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('abc', {'a': 1}), ('abc', [1]), ('abc', 1), ('abc', ()), ('%(a)d', {'a': 'x'}), ('%\u1234', 1), ('%ld', 3), ('%5.2s|', 'abc'), ('%i', 3.9), ('%d', float('inf')), ('%d', float('nan')), ('%x', True), ('%f', 'a'), ('%.2f', 10**400), ('%d', 10**30), ('%x', -10**30), ('% 05.1f', 2.25), ('%-05d|', 3), ('%+s', 'a'), ('%c', True), ('%(a)*d', {'a': 1}), ('%u', -3), ('%y', ())]
for f, a in cases:
    t(lambda: f % a)
bcases = [(b'%d', 5), (b'%s', b'ab'), (b'%s', 'ab'), (b'%b', bytearray(b'x')), (b'%s', memoryview(b'mv')), (b'%r', 'é'), (b'%a', b'x'), (b'%c', b'x'), (b'%c', 256), (b'%c', b'xy'), (b'%c', 'x'), (b'%x', 255), (b'%(a)s', {b'a': b'1'}), (b'%(a)s', {'a': b'1'}), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%z', 1), (b'%', 1), (b'%f', 'a'), (b'%s', 3), (b'%5s|', b'ab'), (b'%-5b|', b'ab'), (b'%.1s', b'ab'), (b'%d', b'1'), (b'%s', b'x' * 2), (b'abc', b'x'), (b'abc', bytearray()), (b'%i', 'a'), (bytearray(b'%s'), b'q')]
for f, a in bcases:
    t(lambda: f % a)
class B:
    def __bytes__(self): return b'BB'
t(lambda: b'%s' % B())
t(lambda: b'%b' % B())
class M(dict):
    def __missing__(self, k): return k.upper()
t(lambda: '%(abc)s' % M())
t(lambda: '{abc} {x[y]}'.format_map(M(x={'y': 2})))
class G:
    def __getitem__(self, k): return k * 2
t(lambda: '%(ab)s' % G())
t(lambda: '{ab}'.format_map(G()))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f, a in [('%5%', (1,)), ('%y', ()), ('%lld', 1), ('%hd', 1), ('%05s', 'ab'), ('%05c', 'a'), ('%(a)s %s', {'a': 1}), ('%(a)*d', {'a': 'x'}), ('%(a)s %(b)s', {'a': 1, 'b': 2}), ('%s %(a)s', {'a': 1}), ('é%\xe1', 1), ('%(a)%', {})]:
    t(lambda: f % a)
t(lambda: b'%\xe1' % 1)
t(lambda: b'%\x05' % 1)
t(lambda: '%\x05' % 1)
