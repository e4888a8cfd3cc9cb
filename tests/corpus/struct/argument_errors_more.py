# Argument errors of struct, array, int.from_bytes, sequence repetition, pow and int().
import array
import struct

cases = [
    ("struct.pack([], '3s')", lambda: struct.pack([], '3s')),
    ("struct.calcsize(bytearray(b'xy'))", lambda: struct.calcsize(bytearray(b'xy'))),
    ("struct.calcsize(5)", lambda: struct.calcsize(5)),
    ("struct.unpack(None, b'')", lambda: struct.unpack(None, b'')),
    ("struct.calcsize(b'<i')", lambda: struct.calcsize(b'<i')),
    ("array.array('<i', [1])", lambda: array.array('<i', [1])),
    ("array.array('', [1])", lambda: array.array('', [1])),
    ("array.array('z')", lambda: array.array('z')),
    ("array.array('b', [1])[[1, 2]]", lambda: array.array('b', [1])[[1, 2]]),
    ("array.array('b', [1])[b'']", lambda: array.array('b', [1])[b'']),
    ("array.array('b', [1])[10**20]", lambda: array.array('b', [1])[10**20]),
    ("array.array('b', [1, 2])[0:1]", lambda: array.array('b', [1, 2])[0:1]),
    ("int.from_bytes(0, '>q')", lambda: int.from_bytes(0, '>q')),
    ("int.from_bytes([1, 2], [1, 2])", lambda: int.from_bytes([1, 2], [1, 2])),
    ("int.from_bytes(b'\\x01\\x02', 'big')", lambda: int.from_bytes(b'\x01\x02', 'big')),
    ("(5).to_bytes(2, 5)", lambda: (5).to_bytes(2, 5)),
    ("b'abc' * -10**30", lambda: b'abc' * -10**30),
    ("[1] * -10**30", lambda: [1] * -10**30),
    ("'a' * 10**30", lambda: 'a' * 10**30),
    ("b'ab' * -3", lambda: b'ab' * -3),
    ("pow('B', '<i', 7)", lambda: pow('B', '<i', 7)),
    ("pow(2, 3, 'x')", lambda: pow(2, 3, 'x')),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
    ("pow(2, 3, 5.0)", lambda: pow(2, 3, 5.0)),
    ("pow(True, 3, 5)", lambda: pow(True, 3, 5)),
    ("pow(None, 3, 5)", lambda: pow(None, 3, 5)),
    ("int('10', -10**30)", lambda: int('10', -10**30)),
    ("int('10', 10**30)", lambda: int('10', 10**30)),
    ("int('10', 37)", lambda: int('10', 37)),
    ("int('z', 36)", lambda: int('z', 36)),
]
for text, case in cases:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
