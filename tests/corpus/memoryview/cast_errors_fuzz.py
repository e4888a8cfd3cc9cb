# memoryview.cast: the order of CPython's checks, and its messages.


def show(v):
    if type(v) is memoryview:
        return 'mv(%s, %r, %r, %r)' % (v.format, v.shape, v.readonly, v.tolist())
    return repr(v)


def t(label, f, *a):
    try:
        print(label, show(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


views = {
    'b8': memoryview(b'abcdefgh'),
    'b7': memoryview(b'abcdefg'),
    'b0': memoryview(b''),
    'strided': memoryview(bytearray(b'abcdefgh'))[::2],
    'h4': memoryview(bytearray(8)).cast('h'),
    '2d': memoryview(bytearray(6)).cast('B', (2, 3)),
    'b0c': memoryview(b'').cast('B'),
    'i2': memoryview(bytearray(8)).cast('i'),
    'rev': memoryview(b'abcdefgh')[::-1],
    'empty_slice': memoryview(b'abcdefgh')[3:3],
}
fmts = ['B', '@B', 'c', 'b', 'h', 'i', 'q', 'd', 'f', '?', 'P', 'e', 'x', 's', '<B', 'BB', '', '@', 'é']
shapes = [None, [], (), [8], (2, 4), [1, 8], [0], [-1], [2**63], [2**64], [-2**63 - 1],
          [1.0], [True, 8], (2, 2, 2), [3], [2**62, 2**62], 'ab', 5, [4, 0]]
for name, v in views.items():
    for fmt in fmts:
        t(name + ' ' + fmt, v.cast, fmt)
    for shape in shapes:
        for fmt in ['B', 'h', 'd']:
            if shape is None:
                continue
            t(name + ' ' + fmt + ' ' + repr(shape), v.cast, fmt, shape)

t('zero2', memoryview(b'').cast, 'B', [1])
t('nonstr', memoryview(b'ab').cast, b'B')
t('kw', lambda: memoryview(b'ab').cast(format='B', shape=[2]))
t('kwnone', lambda: memoryview(b'ab').cast('B', shape=None))
rel = memoryview(b'ab')
rel.release()
t('released', rel.cast, 'B')
t('released2', rel.cast, 'x', 5)
t('atB', lambda: memoryview(b'abcdefgh').cast('?').cast('@B'))
t('atB2', lambda: memoryview(b'abcdefgh').cast('@B').format)
t('atB3', lambda: hash(memoryview(b'abcdefgh').cast('@B')) == hash(b'abcdefgh'))
t('atc', lambda: memoryview(b'abcdefgh').cast('@c').tolist())
t('atB4', lambda: memoryview(b'abcdefgh').cast('@B') == memoryview(b'abcdefgh'))
t('atB5', lambda: bytes(memoryview(b'abcdefgh').cast('@q')))
t('atB6', lambda: memoryview(b'abcdefgh').cast('@q').cast('@c', [1, 8]))
