# enumerate counts past i64 as big ints (it overflowed: found by scripts/difffuzz).
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('ab', -2**70)), list(enumerate('a', True)), list(enumerate('ab', -1)))
e = enumerate(iter('xyz'), 2**64)
print(next(e), next(e))


class I:
    def __index__(self):
        return 7


print(list(enumerate('a', I())))
for bad in (1.5, 'x', None):
    try:
        enumerate('a', bad)
    except TypeError as x:
        print(x)
