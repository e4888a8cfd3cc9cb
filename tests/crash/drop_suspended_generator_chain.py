# args: --timeout 20
# expect: freed
# expect: suspended in a loop, freed
# Suspended generators each holding the next (in a variable, and in the record of the
# for loop or yield from they stopped in): freed without deep recursion.
def wrap(g):
    yield None
    yield from g


g = iter([1])
for i in range(10**5):
    g = wrap(g)
    next(g)
del g
print("freed")


def loop(g):
    for x in g:
        yield x


g = iter(range(10))
for i in range(900):
    g = loop(g)
next(g)
del g
print("suspended in a loop, freed")
