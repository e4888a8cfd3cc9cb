# args: --timeout 20
# expect: b'c' bytearray(b'c') [3] (3,)
# expect: array('b', [3]) b'c'
# expect: a [1, 2] c
import array
print(b"abc"[::-2**63], bytearray(b"abc")[::-2**63], [1, 2, 3][::-2**63], (1, 2, 3)[::-2**63])
print(array.array("b", [1, 2, 3])[::-2**63], memoryview(b"abc")[::-2**63].tobytes())
print("abc"[::2**64], [1, 2][-2**63:2**63], "abc"[2**64:-2**64:-2**100])
