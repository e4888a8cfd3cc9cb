# Pseudo-random documents (a fixed LCG): dumps with and without ensure_ascii, indent and
# sort_keys, and loads back, against CPython's exact text.
import json
x = 987654321
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x % n
CH = ['a', 'Z', '"', '\\', '\n', '\x00', '\x1f', '\x7f', '\u00e9', '\u20ac', '\U0001f600', ' ', '/', '\t']
def gen(d):
    k = rnd(9 if d < 4 else 5)
    if k == 0: return None
    if k == 1: return rnd(2) == 0
    if k == 2: return rnd(10**6) - 500000
    if k == 3: return (rnd(10**6) - 500000) / (rnd(1000) + 1) * 10.0 ** (rnd(40) - 20)
    if k == 4: return ''.join(CH[rnd(len(CH))] for _ in range(rnd(6)))
    if k in (5, 6): return [gen(d + 1) for _ in range(rnd(4))]
    return {''.join(CH[rnd(len(CH))] for _ in range(rnd(4))): gen(d + 1) for _ in range(rnd(4))}
for i in range(150):
    v = gen(0)
    s = json.dumps(v)
    print(s)
    print(json.dumps(v, ensure_ascii=False, indent=rnd(3), sort_keys=True))
    assert json.loads(s) == v or s != s
    print(repr(json.loads(s)))
