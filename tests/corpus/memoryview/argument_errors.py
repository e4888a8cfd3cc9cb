# Argument errors of hex(), cast() and tobytes(), in CPython's order and words.
cases = [
    ('b"abc".hex(0, -1)', lambda: b"abc".hex(0, -1)),
    ('b"abc".hex([1,2], True)', lambda: b"abc".hex([1,2], True)),
    ('b"abc".hex("<i", -10**30)', lambda: b"abc".hex("<i", -10**30)),
    ('b"abc".hex("é")', lambda: b"abc".hex("é")),
    ('b"abc".hex(3.5)', lambda: b"abc".hex(3.5)),
    ('b"abc".hex(b"xy")', lambda: b"abc".hex(b"xy")),
    ('b"abc".hex(":", 2**31)', lambda: b"abc".hex(":", 2**31)),
    ('b"abc".hex([1])', lambda: b"abc".hex([1])),
    ('b"abc".hex(bytearray(b":"))', lambda: b"abc".hex(bytearray(b":"))),
    ('b"abc".hex(None)', lambda: b"abc".hex(None)),
    ('b"abc".hex(":", None)', lambda: b"abc".hex(":", None)),
    ('b"abcdef".hex(":", 2)', lambda: b"abcdef".hex(":", 2)),
    ('b"abcdef".hex(b"-", -4)', lambda: b"abcdef".hex(b"-", -4)),
    ('memoryview(b"ab").hex(5)', lambda: memoryview(b"ab").hex(5)),
    ('bytearray(b"ab").hex(".")', lambda: bytearray(b"ab").hex(".")),
    ('memoryview(b"abcdefgh").cast(b"abc")', lambda: memoryview(b"abcdefgh").cast(b"abc")),
    ('memoryview(b"abcdefgh").cast(1)', lambda: memoryview(b"abcdefgh").cast(1)),
    ('memoryview(bytearray(8)).cast("x", memoryview(b"abcd"))', lambda: memoryview(bytearray(8)).cast("x", memoryview(b"abcd"))),
    ('memoryview(bytearray(8)).cast("", ">q")', lambda: memoryview(bytearray(8)).cast("", ">q")),
    ('memoryview(b"abcdefgh")[10**20]', lambda: memoryview(b"abcdefgh")[10**20]),
    ('memoryview(b"ab").cast("c")[-2**63-1]', lambda: memoryview(b"ab").cast("c")[-2**63-1]),
    ('memoryview(b"abcd").tobytes(b"abc")', lambda: memoryview(b"abcd").tobytes(b"abc")),
    ('memoryview(b"abcd").tobytes("X")', lambda: memoryview(b"abcd").tobytes("X")),
    ('memoryview(b"abcd").tobytes(None)', lambda: memoryview(b"abcd").tobytes(None)),
]
for text, case in cases:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
