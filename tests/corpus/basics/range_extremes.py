# Ranges at the edges of i64 (minipy stores range bounds in 64 bits): length, indexing,
# slicing, reversing, iterating, `in`, index() and count(), as CPython.
MIN, MAX = -2**63, 2**63 - 1


def islice(iterable, n):
    it = iter(iterable)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def length(r):
    if r.step > 0:
        return max(0, (r.stop - r.start + r.step - 1) // r.step)
    return max(0, (r.start - r.stop - r.step - 1) // -r.step)


def sliced(r, s):
    """r[s], unless CPython's answer has a bound beyond i64: minipy stores ranges in
    64 bits and raises OverflowError there (docs/differences.md), so skip those."""
    start, stop, step = s.indices(length(r))
    bounds = (r.start + start * r.step, r.start + stop * r.step, step * r.step)
    if not all(MIN <= b <= MAX for b in bounds):
        return 'beyond i64'
    return r[s]


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


RANGES = [
    range(MIN, MAX),
    range(MAX, MIN, -1),
    range(MIN, MAX, MAX),
    range(MAX, MIN, MIN),
    range(MIN, MIN + 5),
    range(MAX - 5, MAX),
    range(MAX, MAX - 5, -2),
    range(MIN, 1),
    range(-1, MAX),
    range(MIN, MAX, 2**62),
    range(MAX, MIN, -2**62),
    range(0, MIN, MIN),
    range(MAX, MAX),
    range(MIN, MIN, -1),
    range(0),
]

INDEXES = [0, 1, -1, 2, -2, MAX, MIN, 2**63, MIN - 1, 2**64 - 2, 2**64 - 1, -2**64 + 1, -2**64, 10**30, -10**30, True, False]
VALUES = [0, 1, -1, MAX, MIN, MAX - 1, MIN + 1, 2**63, MIN - 1, MIN + 2**62, True, False]

for r in RANGES:
    print('--', r)
    print('len', attempt(lambda: len(r)), 'bool', bool(r), 'repr', repr(r), 'start/stop/step', r.start, r.stop, r.step)
    print('items', [attempt(lambda: r[i]) for i in INDEXES])
    print('in', [v in r for v in VALUES])
    print('index', [attempt(lambda: r.index(v)) for v in VALUES])
    print('count', [r.count(v) for v in VALUES])
    print('iter', list(islice(r, 4)), list(islice(iter(r), 3)))
    print('reversed', attempt(lambda: list(islice(reversed(r), 4))))
    print('for', end=' ')
    for i, x in enumerate(r):
        if i == 3:
            break
        print(x, end=' ')
    print()
    print('==', r == range(r.start, r.stop, r.step), r == sliced(r, slice(None)), r == range(0))
    for s in [slice(None), slice(1, None), slice(None, -1), slice(2, 4), slice(None, None, 2),
              slice(-3, None), slice(MIN, MAX), slice(10**30, -10**30, -1), slice(None, 3),
              slice(-2**63, 1, -2**63), slice(1, MIN, MIN), slice(None, None, MAX)]:
        print(s, attempt(lambda: sliced(r, s)))

print('-- the examples')
print(range(-2**63, 1)[-2**63:1:-2**63])
print(range(-1, 2**63 - 1)[::-1][:3])
print(range(MIN + 1, MAX)[::-1][:2], range(MIN + 1, MAX)[-2::-1][:2])
print(range(MAX - 1, MIN, -1)[::-1][-3:], range(MAX, MIN, -1)[-3:])
print(list(reversed(range(MAX - 3, MAX))), list(reversed(range(MIN, MIN + 3))))
print(list(range(MIN + 2, MIN, -1)), list(range(MAX - 2, MAX)))
print(list(range(MIN, MAX, MAX)), list(range(MAX, MIN, MIN)))
print(sum(1 for _ in range(MAX - 10, MAX, 3)), sum(1 for _ in range(MIN + 10, MIN, -3)))
it = reversed(range(MIN, MAX))
print(next(it), next(it))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print('-- __index__ bounds and indexes')
for v in [0, -1, MAX, 2**63, -2**64 + 1, 10**30]:
    r = range(MIN, MAX)
    print(v, attempt(lambda: r[Index(v)]), attempt(lambda: r[Index(v):Index(-v)]), attempt(lambda: range(10)[Index(v)]))
print(attempt(lambda: range(Index(5))), attempt(lambda: range(Index(MIN), Index(MAX), Index(MAX))))

print('-- non-int items are compared one by one')
r = range(5)
print(2.0 in r, r.index(2.0), r.count(2.0), r.count(2.5), attempt(lambda: r.index(2.5)), attempt(lambda: r.index('a')))
print(True in r, r.index(True), r.count(True), attempt(lambda: r.index(2**70)))
