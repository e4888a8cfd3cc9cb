# Slicing every built-in sequence with extreme bounds and steps (beyond i64, at its
# edges, zero): reading, assigning and deleting, and slice.indices, as CPython.
import array

BIG = [None, 0, 2, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**30, -10**30]
STEPS = [None, 1, -1, 3, -2, 0, 2**63 - 1, -2**63 + 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**30, -10**30]


def show(v):
    if isinstance(v, memoryview):
        return 'mv%s' % (v.tolist(),)
    if isinstance(v, array.array):
        return 'a%s' % (v.tolist(),)
    return repr(v)


def digest(row):
    """A short checksum of a row of results (FNV-1a): python3 prints the same one only
    if every result is the same. Run with DETAIL = True to see the rows themselves."""
    h = 2166136261
    for ch in ' '.join(row):
        h = ((h ^ ord(ch)) * 16777619) % 2**32
    errors = sum(1 for r in row if r.startswith('!'))
    return '%08x %d results, %d errors' % (h, len(row), errors)


DETAIL = False


def report(*label_and_row):
    *label, row = label_and_row
    print(*label, ' '.join(row) if DETAIL else digest(row))


def attempt(f):
    try:
        return show(f())
    except Exception as e:
        return '!%s(%s)' % (type(e).__name__, e)


MAKERS = [
    ('str', lambda: 'abcde'),
    ('bytes', lambda: b'abcde'),
    ('bytearray', lambda: bytearray(b'abcde')),
    ('list', lambda: [1, 2, 3, 4, 5]),
    ('tuple', lambda: (1, 2, 3, 4, 5)),
    ('array', lambda: array.array('i', [1, 2, 3, 4, 5])),
    ('memoryview', lambda: memoryview(b'abcde')),
    ('memoryview-i', lambda: memoryview(array.array('i', [1, 2, 3, 4, 5]))),
    ('empty list', lambda: []),
]

print('-- reading')
for name, make in MAKERS:
    seq = make()
    for step in STEPS:
        row = [attempt(lambda: seq[start:stop:step]) for start in BIG for stop in BIG]
        report(name, step, row)

print('-- the step of -2**63 is -(2**63 - 1) for stored sequences')
for name, make in MAKERS:
    print(name, attempt(lambda: make()[::-2**63]), attempt(lambda: make()[-1:-2**63:-2**63]))
m = memoryview(b'abc')[::-2**63]
print(m.strides, m.shape, m.tobytes())
m = memoryview(array.array('i', [1, 2, 3]))[::-2**63]
print(m.strides, m.shape, m.tolist())
m = memoryview(array.array('i', [1, 2, 3]))[::2**62]
print(m.strides, m.shape, m.tolist())
m = memoryview(array.array('i', [1, 2, 3]))[::-1][::-2**63]
print(m.strides, m.shape, m.tolist())

print('-- assigning a value of the right size, then one too long')
WRITABLE = [
    ('bytearray', lambda: bytearray(b'abcde'), lambda n: bytes(range(65, 65 + n))),
    ('list', lambda: [1, 2, 3, 4, 5], lambda n: list(range(10, 10 + n))),
    ('array', lambda: array.array('i', [1, 2, 3, 4, 5]), lambda n: array.array('i', range(10, 10 + n))),
    ('memoryview', lambda: memoryview(bytearray(b'abcde')), lambda n: bytes(range(65, 65 + n))),
]
for name, make, value in WRITABLE:
    for step in STEPS:
        row = []
        for start in BIG:
            for stop in BIG:
                seq = make()

                def assign(extra):
                    n = len(make()[start:stop:step]) + extra
                    seq[start:stop:step] = value(n)
                    return seq
                row.append(attempt(lambda: assign(0)))
                row.append(attempt(lambda: assign(1)))
        report(name, step, row)

print('-- spot checks')
for name, make, value in WRITABLE:
    for start, stop, step in [(None, None, -2**63), (10**30, -10**30, -1), (-2**63, 2**63, 2**63), (2, None, 0), (-1, None, -2**63)]:
        seq = make()
        n = len(seq[start:stop:step]) if step != 0 else 1

        def assign():
            seq[start:stop:step] = value(n)
            return seq
        print(name, start, stop, step, attempt(assign))

print('-- deleting')
for name, make, _ in WRITABLE:
    for step in STEPS:
        row = []
        for start in BIG:
            for stop in BIG:
                seq = make()

                def delete():
                    del seq[start:stop:step]
                    return seq
                row.append(attempt(delete))
        report(name, step, row)

print('-- slice.indices')
for n in [0, 5, 2**63, 10**30]:
    for step in STEPS:
        row = [attempt(lambda: slice(start, stop, step).indices(n)) for start in BIG for stop in BIG]
        report(n, step, row)
for bad in [-1, -2**63, 2**64 * -1, 'x', 1.5, None]:
    print(attempt(lambda: slice(1).indices(bad)))
for s in [slice('a'), slice(1.5, 2), slice(None, None, 'x'), slice(0, 1, 0)]:
    print(attempt(lambda: s.indices(3)), attempt(lambda: [1, 2][s]), attempt(lambda: 'ab'[s]))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print('-- bounds with __index__')
for v in [2**63, -2**63 - 1, 10**30, -1, 0]:
    s = slice(Index(v), Index(-v), Index(-1))
    print(v, attempt(lambda: 'abc'[s]), attempt(lambda: [1, 2, 3][s]), attempt(lambda: s.indices(3)),
          attempt(lambda: range(3)[s]), attempt(lambda: memoryview(b'abc')[s]), attempt(lambda: b'abc'[Index(v):]))
