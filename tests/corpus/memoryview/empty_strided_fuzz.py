# Empty views whose stride is not the item size are not contiguous in CPython
# (MV_CONTIGUOUS_NDIM1), which changes which error struct and cast report.
import struct


def t(label, f, *a):
    try:
        r = f(*a)
        if type(r) is memoryview:
            r = ('mv', r.format, r.shape, r.strides, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


base = memoryview(bytearray(b'abcdefgh'))
views = {
    'rev_empty': memoryview(bytearray())[::-1],
    'step2_empty': base[4:4:2],
    'step2_empty_ro': memoryview(b'abc')[2:2:2],
    'step1_empty': base[4:4],
    'single_step2': base[1:2:2],
    'single_rev': base[1:0:-1],
    'step2': base[::2],
    'rev': base[::-1],
}
for name, v in views.items():
    t(name + ' c', lambda: (v.c_contiguous, v.f_contiguous, v.contiguous))
    t(name + ' bytes', lambda: bytes(v))
    t(name + ' tobytes', v.tobytes)
    t(name + ' cast B', v.cast, 'B')
    t(name + ' cast c shape', v.cast, 'c', [1])
    t(name + ' cast h', v.cast, 'h')
    t(name + ' pack_into', struct.pack_into, 'B', v, 0, 1)
    t(name + ' pack_into -1', struct.pack_into, 'B', v, -1, 1)
    t(name + ' pack_into -4', struct.pack_into, '<d', v, -4, b'f')
    t(name + ' unpack_from', struct.unpack_from, 'B', v)
    t(name + ' unpack_from -1', struct.unpack_from, 'B', v, -1)
    t(name + ' unpack', struct.unpack, '0s', v)
    t(name + ' iter_unpack', lambda: list(struct.iter_unpack('B', v)))
    t(name + ' hex', v.hex)
    t(name + ' tolist', v.tolist)
    t(name + ' eq', lambda: v == v.tobytes())
