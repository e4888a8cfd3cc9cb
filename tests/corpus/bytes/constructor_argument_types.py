# bytes(), bytearray() and str() check that encoding and errors are str, as CPython.
cases = [
    ("bytes(0, -1)", lambda: bytes(0, -1)),
    ("bytes('<i', None)", lambda: bytes('<i', None)),
    ("bytes([], [])", lambda: bytes([], [])),
    ("bytes('a', 'utf-8', 5)", lambda: bytes('a', 'utf-8', 5)),
    ("bytearray(3, 3.5)", lambda: bytearray(3, 3.5)),
    ("bytes(5, 'utf-8')", lambda: bytes(5, 'utf-8')),
    ("bytes('x', 'ascii')", lambda: bytes('x', 'ascii')),
    ("str((1,), -1)", lambda: str((1,), -1)),
    ("str(None, b'abc')", lambda: str(None, b'abc')),
    ("str(b'ab', 'ascii', None)", lambda: str(b'ab', 'ascii', None)),
    ("str(b'ab', 'ascii')", lambda: str(b'ab', 'ascii')),
    ("str(5, 'ascii')", lambda: str(5, 'ascii')),
]
for text, case in cases:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
