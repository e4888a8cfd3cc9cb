# Found by the hostile sweep (tests/hostile): each crashed or hung before.
print(round(1234, -2), round(-2**70, -3), round(5, -1), round(15, -1))
print(len(b'' * 10**12), len('' * 10**15), len([] * 10**15), len(() * 10**15), len(bytearray() * 10**12))
for f in (lambda: int.numerator(), lambda: float.real(), lambda: bool.numerator(),
          lambda: int.real()):
    try:
        f()
    except TypeError as e:
        print(e)


def g():
    yield 'a'
    raise ValueError('from the iterator')


for arg in (g(), 5, None, ['a', 1], map(str, range(3))):
    try:
        print(repr(''.join(arg)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
