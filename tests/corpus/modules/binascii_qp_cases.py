# binascii quoted-printable: the cases of CPython's test_binascii, over bytes,
# bytearray, memoryview and array('B').
import binascii
from array import array

a2b = [b"=", b"= ", b"==", b"=\nAB", b"=\r\nAB", b"=\rAB", b"=\rAB\nCD", b"=AB", b"=ab", b"=AX", b"=XA", b"=A",
       b"_", b"=00\r\n=00"]
b2a = [b"\xff\r\n\xff\n\xff", b"0" * 75 + b"\xff\r\n\xff\r\n\xff", b"\x7f", b"=", b"_", b"x y", b"x ", b"x\ty", b" ",
       b"\t", b" x", b"\tx", b"\0", b"\0\n", b"x y\tz", b"x \ny\t\n", b"x \ry\t\r", b"x \r\ny\t\r\n", b"x \r", b"x\t\r",
       b".", b".\n", b".\r", b".\0", b"a.\n", b"0" * 74 + b" \n", b"0" * 75 + b"\t", b"0" * 76, b"0" * 77, b"0" * 73 + b"=="]
kinds = [bytes, bytearray, memoryview, lambda s: array("B", s)]
for make in kinds:
    for s in a2b:
        print(binascii.a2b_qp(make(s)), binascii.a2b_qp(make(s), header=True))
    for s in b2a:
        print(binascii.b2a_qp(make(s)), binascii.b2a_qp(make(s), header=True),
              binascii.b2a_qp(make(s), quotetabs=True), binascii.b2a_qp(make(s), istext=False),
              binascii.b2a_qp(make(s), header=True, quotetabs=True))
print(binascii.a2b_qp(data=b"", header=False))
try:
    binascii.b2a_qp(foo="bar")
except TypeError as e:
    print(type(e).__name__, e)
