import sys
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**63, -2**63, 2**64 + 7, 10**20, 0.5, -0.5, 1.5, 1e300, -1e-300,
        float('inf'), float("-inf"), True, False, (1, 2), (), (1,), ((1, 2), 3), (True, -1),
        frozenset(), frozenset({1, 2}), frozenset({(1, 2), 3.5}), 8, 16, 24, 32, 64, 128, 1024, 9, 17, 33]
def pick():
    r = rnd() % 3
    if r == 0:
        return vals[rnd() % len(vals)]
    if r == 1:
        return rnd() % 200 - 100
    return (rnd() % 1000) * 8
for trial in range(300):
    s = set()
    t = set()
    for i in range(rnd() % 40):
        s.add(pick())
    for i in range(rnd() % 40):
        t.add(pick())
    print(s)
    for i in range(rnd() % 20):
        s.discard(pick())
    print(s, t)
    op = rnd() % 16
    if op == 0: print(s | t, t | s)
    elif op == 1: print(s & t, t & s)
    elif op == 2: print(s - t, t - s)
    elif op == 3: print(s ^ t, t ^ s)
    elif op == 4: s |= t; print(s)
    elif op == 5: s &= t; print(s)
    elif op == 6: s -= t; print(s)
    elif op == 7: s ^= t; print(s)
    elif op == 8: print(s.union(list(t), [1, 2, 3]), s.intersection(list(t)), s.difference(list(t), (5,)))
    elif op == 9: print(s.symmetric_difference(list(t)), frozenset(s), set(frozenset(t)))
    elif op == 10:
        while s:
            print(s.pop(), end=' ')
        print()
    elif op == 11:
        for i in range(rnd() % 10): s.pop() if s else None
        s.update(t); print(s)
        s.add(pick()); print(s)
    elif op == 12:
        s.intersection_update(list(t), t); print(s); s.difference_update(list(t)); print(s)
    elif op == 13:
        s.symmetric_difference_update(list(t)); print(s); s.symmetric_difference_update(dict.fromkeys(t)); print(s)
    elif op == 14:
        print(set(dict.fromkeys(t)), s.copy(), frozenset(s).copy(), s.difference(dict.fromkeys(t)))
    else:
        print(hash(frozenset(s)), hash(frozenset(t)), hash(frozenset(s) | frozenset(t)))
    print(s == t, s <= t, s < t, s >= t, s > t, s.isdisjoint(t), s.issubset(list(t)), s.issuperset(t))
big = set()
for i in range(100000):
    big.add((i * 7919) % 100003)
print(hash(frozenset(big)))
print(list(big)[:20], list(big)[-20:])
for i in range(0, 100000, 3):
    big.discard(i)
print(list(big)[:20], list(big)[-20:])
big.add(-5); print(list(big)[:5])
print(list(big - {1, 2}) [:10], list(big & set(range(0, 1000, 7)))[:10])
