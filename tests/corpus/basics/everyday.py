width = 8
x = 3.14159
print(f"{x:>{width}.2f}|{'s':^{width}}|{width!r:>4}|{x=:.1f}")
print('%s and %r' % ([1, 2], {'a': (1,)}))
data = {'b': 2, 'a': 1}
print(sorted(data.items()), sorted(data, key=data.get, reverse=True), max(data, key=lambda k: data[k]))
print(list(map(str, range(3))), [*range(3), *"ab"], {**data, 'c': 3}, (*range(2),))
a, (b, *c) = 1, (2, 3, 4)
print(a, b, c)
print(any(ch.isdigit() for ch in "ab1"), all(isinstance(v, int) for v in data.values()))
nums = [5, 3, 8]
nums[1:2] = []
print(nums, nums[::-1], nums.index(8), 8 in nums)
total = 0
for i, (k, v) in enumerate(sorted(data.items())):
    total += i * v
print(total)
matrix = [[1, 2], [3, 4]]
print([list(row) for row in zip(*matrix)], sum(sum(r) for r in matrix))
s = "The quick brown fox"
words = s.split()
print(" ".join(w[::-1] for w in words), s.lower().count("o"), s.replace(" ", "_").upper())
print(dict.fromkeys("abc", 0), {k: v for k, v in zip("xy", range(2))}, sorted(set("hello") & set("world")))
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen(); print(next(g)); print(g.send("hi"))
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
    def __repr__(self): return f"Stack({self.items})"
print(Stack().push(1).push(2), len(Stack()))
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args)
print(int('ff', 16), format(255, '08b'), f'{1e-7:.2e}', round(2.675, 2), 10**20 // 3, str(1/3)[:6])
print(bytes(range(65, 70)).decode(), bytearray(b'abc').hex(' '), memoryview(b'xyz')[1:].tobytes())
print(isinstance([], (list, tuple)), type(None).__name__, callable(print), hasattr("s", "upper"))
nested = {'a': [1, {'b': 2}]}
print(nested['a'][1]['b'], nested.get('z', 'default'), list(nested))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(2, 100) % 1000)
print(chr(ord('a') + 1), ord('€'), '€'.encode(), b'\xe2\x82\xac'.decode())
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), min([3, 1, 2]), sum([[1], [2]], []))
