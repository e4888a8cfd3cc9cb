# Messages name array objects as CPython's tp_name does ('array.array'); __name__ stays 'array'.
import array
import struct
a = array.array('i', [1, 2])
print(type(a).__name__, type(a))
for text, case in [
    ("a.nosuch", lambda: a.nosuch),
    ("a + 1", lambda: a + 1),
    ("len(5)", lambda: len(5)),
    ("struct.calcsize(a)", lambda: struct.calcsize(a)),
    ("memoryview(b'ab').cast(a)", lambda: memoryview(b'ab').cast(a)),
    ("memoryview(b'ab').cast(None)", lambda: memoryview(b'ab').cast(None)),
    ("memoryview(b'ab').tobytes(a)", lambda: memoryview(b'ab').tobytes(a)),
    ("(5).to_bytes(a)", lambda: (5).to_bytes(a)),
    ("(5).to_bytes(2, None)", lambda: (5).to_bytes(2, None)),
    ("array.array(None)", lambda: array.array(None)),
    ("round(a)", lambda: round(a)),
    ("pow(2, a, 7)", lambda: pow(2, a, 7)),
    ("a < 3", lambda: a < 3),
    ("hash(a)", lambda: hash(a)),
]:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
