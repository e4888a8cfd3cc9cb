def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class I:
    def __int__(self): return 5
class X:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
for fmt in ['%d','%i','%x','%o','%e','%f','%c','%u']:
    for v in [I(), X(), F(), 'a', 2.7, None]:
        t(lambda: fmt % v)
for fmt in [b'%d',b'%i',b'%x',b'%c']:
    for v in [I(), X(), F(), 'a', 2.7]:
        t(lambda: fmt % v)
for s in ['{!r', '{!', '{0[}', '{0[}]}', '{a{}', '{0!x}', '{0.}', '{0[]}', '{0]}', '{0[0]x}', '{!r:', '{:{:{}}}', '{0!rr}', '{0:{', '{0!\u1234}', '{\u0661}', '{99999999999999999999}', '}}{{', '{', 'a}','{0.__class__.__name__!r:>10}', '{}{0}', '{0}{}']:
    t(lambda: s.format(1, 2, a=3))
t(lambda: '{x}'.format_map(1))
t(lambda: ''.format_map(1))
t(lambda: '{0}'.format_map({}))
t(lambda: '{}'.format_map({}))
t(lambda: '{0[1]}'.format([5, 6]))
t(lambda: '{0[-1]}'.format({'-1': 6}))
