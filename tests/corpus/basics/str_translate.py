print(str.maketrans('abc','xyz'), str.maketrans({'a': 'b', 98: None}), str.maketrans('ab','cd','e'))
print('abcde'.translate(str.maketrans('abc','xyz','e')), 'hello'.translate({104: 'J', 108: None}))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), (10).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (0.0).as_integer_ratio())
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: "x".translate(5), lambda: str.maketrans({"ab": 1}), lambda: float("inf").as_integer_ratio()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for t in (str, int, float):
    print(t.__name__, [m for m in dir(t) if not m.startswith('_')])
print(float.fromhex("0x1.8p1"), float.fromhex("-0x10"), float.fromhex("inf"), (3.75).hex(), float.fromhex((0.1).hex()) == 0.1)
print((1.0).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), (0.0).hex())
