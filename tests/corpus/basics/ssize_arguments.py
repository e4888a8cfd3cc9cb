# Method arguments CPython reads as Py_ssize_t overflow as OverflowError; list.index
# bounds are slice indices (clamped); subscripts stay IndexError.
cases = [
    ("[1].pop(10**20)", lambda: [1].pop(10**20)),
    ("'a'.center(10**20)", lambda: 'a'.center(10**20)),
    ("b'a'.split(None, 10**20)", lambda: b'a'.split(None, 10**20)),
    ("'a'.split(None, 10**20)", lambda: 'a'.split(None, 10**20)),
    ("bytearray(b'ab').insert(10**20, 1)", lambda: bytearray(b'ab').insert(10**20, 1)),
    ("[1].insert(10**20, 1)", lambda: [1].insert(10**20, 1)),
    ("b'a'.ljust(-10**20)", lambda: b'a'.ljust(-10**20)),
    ("b'1'.zfill(10**20)", lambda: b'1'.zfill(10**20)),
    ("bytearray(b'a').pop(10**20)", lambda: bytearray(b'a').pop(10**20)),
    ("b'aaa'.replace(b'a', b'b', 10**20)", lambda: b'aaa'.replace(b'a', b'b', 10**20)),
    ("'aaa'.replace('a', 'b', 10**20)", lambda: 'aaa'.replace('a', 'b', 10**20)),
    ("(5).to_bytes(10**20)", lambda: (5).to_bytes(10**20)),
    ("b'ab'[10**20]", lambda: b'ab'[10**20]),
    ("[1][-10**20]", lambda: [1][-10**20]),
    ("[1].index(1, -10**20)", lambda: [1].index(1, -10**20)),
    ("[1].index(1, 0, 10**20)", lambda: [1].index(1, 0, 10**20)),
    ("[1].index(1, 10**20)", lambda: [1].index(1, 10**20)),
    ("[1].index(1, 'x')", lambda: [1].index(1, 'x')),
    ("[1].index(1, None)", lambda: [1].index(1, None)),
    ("[1, 2, 1].index(1, 1)", lambda: [1, 2, 1].index(1, 1)),
    ("b'ab'.count(b'a', 10**20)", lambda: b'ab'.count(b'a', 10**20)),
]
for text, case in cases:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
