tests = [
    lambda: int(5)(),
    lambda: None.x,
    lambda: [1][float("1.5")],
    lambda: {}[[]],
    lambda: "a" * "b",
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: len(5),
    lambda: int(None),
    lambda: float("x"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(3),
    lambda: [1, 2].remove(3),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: sum(["a"]),
    lambda: max([]),
    lambda: abs("x"),
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: [1] < "a",
    lambda: "x".foo,
    lambda: b"x"[5],
    lambda: bytearray(b"x")[5],
    lambda: memoryview(b"x")[5],
    lambda: (1).bit_length(1),
    lambda: "x".join([1]),
    lambda: dict(1),
    lambda: set([[]]),
    lambda: frozenset([{}]),
    lambda: divmod(1, 0),
    lambda: 2 ** 10000 * 1.0,
    lambda: round("x"),
    lambda: chr(-1),
    lambda: ord(""),
    lambda: hex(1.5),
    lambda: range(1.5),
    lambda: list(range(10))[::0],
    lambda: print(sep=5),
    lambda: "{}{}".format(1),
    lambda: "{x}".format(),
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: int("10", 1),
    lambda: isinstance(1, 2),
    lambda: getattr(1, 2),
    lambda: [].sort(1),
    lambda: sorted([1, "a"]),
    lambda: tuple(5),
    lambda: zip(5),
    lambda: enumerate(5),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
for t in [lambda: [].copy(1), lambda: [].append(), lambda: bytearray().clear(1), lambda: {}.keys(1), lambda: b"".hex(1, 2, 3), lambda: "x".upper(1), lambda: globals(1), lambda: [].append(1, 2), lambda: memoryview(b"").tolist(1), lambda: (1.5).is_integer(2), lambda: iter([]).__next__(1)]:
    try:
        t()
    except TypeError as e:
        print(e)
it = iter([1, 2]); print(it.__next__(), next(it), it.__iter__() is it, type(it).__name__); e = enumerate("ab"); print(e.__next__())
