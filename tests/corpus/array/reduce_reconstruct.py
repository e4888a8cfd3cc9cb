# __reduce_ex__ (a list before protocol 3, the machine format and bytes after) and
# array._array_reconstructor decoding every machine format into the array's typecode.
import array
from array import array as A
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
R = array._array_reconstructor
for tc in 'bBuhHiIlLqQfd':
    a = A(tc, 'ab' if tc == 'u' else [1, 2])
    for p in [0, 1, 2, 3, 4, 5]:
        r = a.__reduce_ex__(p)
        print(tc, p, r[0] is A, r[0] is R, r[1], r[2])
    r = a.__reduce_ex__(3)
    print(r[0](*r[1]))
t(lambda: A('b').__reduce_ex__())
t(lambda: A('b').__reduce_ex__(1, 2))
t(lambda: A('b').__reduce_ex__('x'))
t(lambda: A('b').__reduce_ex__(1.0))
t(lambda: A('b').__reduce_ex__(True))
t(lambda: A('b').__reduce_ex__(-1))
data = bytes([1, 0, 0, 0, 65, 0, 0, 0, 0x7f, 0x12, 0x34, 0x56, 0, 0, 0x80, 0x3f])
for m in range(22):
    for tc in 'bHiqfdu':
        t(lambda: R(A, tc, m, data))
t(lambda: R(A, 'b', 1, b'\x01\x02', 5))
t(lambda: R(A, 'b', 1))
t(lambda: R(5, 'b', 1, b''))
t(lambda: R(int, 'b', 1, b''))
t(lambda: R(A, 'x', 1, b''))
t(lambda: R(A, 'bb', 1, b''))
t(lambda: R(A, 5, 1, b''))
t(lambda: R(A, 'b', -1, b''))
t(lambda: R(A, 'b', 22, b''))
t(lambda: R(A, 'b', 1.5, b''))
t(lambda: R(A, 'b', 1, bytearray(b'')))
t(lambda: R(A, 'b', 1, 'x'))
t(lambda: R(A, 'u', 18, b'a\0b\0'))
t(lambda: R(A, 'u', 20, b'\x00\x00\x11\x00'))
t(lambda: R(A, 'L', 11, b'\x00' * 7 + b'\xff'))
class Sub(A):
    pass
t(lambda: type(R(Sub, 'h', 3, b'\x01\x00')).__name__)
t(lambda: R(Sub, 'h', 3, b'\x01\x00'))
t(lambda: R(Sub, 'h', 4, b'\x01\x00'))
