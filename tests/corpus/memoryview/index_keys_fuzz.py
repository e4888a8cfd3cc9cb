# memoryview subscripts: tuples of indexes, slices, None and Ellipsis, on 0-, 1- and
# 2-dimensional views, read and written.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'Idx(%d)' % self.v


def t(label, f):
    try:
        r = f()
        if type(r) is memoryview:
            r = ('mv', r.format, r.shape, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


views = {
    '0d': memoryview(bytearray(b'\x07')).cast('B', []),
    '1d': memoryview(bytearray(b'abcdef')),
    '2d': memoryview(bytearray(b'abcdef')).cast('B', [2, 3]),
    'ro': memoryview(b'abcdef'),
}
keys = [0, -1, 6, Idx(1), True, 2**63, ..., (), (0,), (1, 2), (0, 0, 0), (slice(1),),
        (slice(1), slice(2)), (1, slice(1)), (slice(1), 1), (None,), (None, 1), (...,),
        (Idx(1), 1), (1.0,), slice(1, 3), slice(None), None, 'a', 1.5, [0], (True, False),
        (2**63, 0), (0, 2**63), (5, 0), (0, 5)]
for name, m in views.items():
    for k in keys:
        t('get %s %r' % (name, k), lambda: m[k])
        t('set %s %r' % (name, k), lambda: m.__setitem__(k, 1))
    t('del %s' % name, lambda: m.__delitem__(0))
