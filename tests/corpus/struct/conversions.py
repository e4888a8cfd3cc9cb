# Every code packed with values of every kind (ints, floats, bools, None, str, bytes,
# objects with __index__, __float__, failing __bool__), in native and standard modes,
# then formats sized and unpacked.
import struct
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class BI:
    def __index__(self): return 'x'
class BB:
    def __bool__(self): raise ValueError('nope')
class IF:
    def __index__(self): return 3
    def __float__(self): return 4.5
vals = [0, -1, 1.5, True, None, 'a', b'a', I(), F(), BI(), BB(), IF(), 2**70, float('inf'), float('nan'), 1e300, -0.0, bytearray(b'z'), memoryview(b'q')]
for c in 'bBhHiIlLqQnNPefd?c':
    for pre in '@<>':
        for v in vals:
            t(lambda: struct.pack(pre + c, v))
for c in ['s', '3s', '0s', 'p', '3p', '0p', '300p', '2x']:
    for v in [b'abcd', bytearray(b'ab'), memoryview(b'xy'), 'ab', 1, None, b'']:
        t(lambda: struct.pack(c, v))
for f in ['', 'x', '3', '3x3', 'hh', '@hh', '<hh', 'i h', ' i', 'i ', '2 h', '0h', '5s', '-1h', 'h@', 'Z', 'hZ', '!', '!!', '12345678901234567890h', '9223372036854775807x', '4611686018427387904h', 'iq', 'ci', 'bP', 'e', '?d', 'sQ', 'np', 'NH', '3c', 'c0i', '0i']:
    t(lambda: struct.calcsize(f))
    t(lambda: struct.unpack(f, b'\x01' * max(0, min(64, struct.calcsize(f)))))
t(lambda: struct.unpack('e', b'\x00\x7c'))
t(lambda: struct.unpack('<e', b'\x01\x7c'))
t(lambda: struct.unpack('>e', b'\x7c\x00'))
t(lambda: struct.pack('e', 65504.0))
t(lambda: struct.pack('e', 65520.0))
t(lambda: struct.pack('e', 1e-8))
t(lambda: struct.pack('<f', 3.4e38))
t(lambda: struct.pack('<f', 3.5e38))
t(lambda: struct.pack('f', 3.5e38))
t(lambda: struct.pack('>d', 2**1024))
t(lambda: struct.pack('d', 2**1024))
t(lambda: struct.unpack('?', b'\x02'))
t(lambda: struct.unpack('<?', b'\x02'))
t(lambda: struct.unpack('P', b'\xff' * 8))
t(lambda: struct.unpack('<q', b'\xff' * 8))
t(lambda: struct.pack('3c', b'a', b'b', b'c'))
t(lambda: struct.pack('c', 97))
