print(map, filter, type(map), type(filter))
m = map(str, [1, 2])
f = filter(None, [0, 1, 2])
print(type(m), type(f), isinstance(m, map), isinstance(f, filter), isinstance(m, filter))
print(list(m), list(f), list(m))
print(list(map(pow, [2, 3], [3, 2, 9])), list(filter(lambda x: x % 2, range(7))))
print(map.__name__, filter.__name__, iter(m) is m, next(iter(map(abs, [-3]))))
for call in (lambda: map(), lambda: map(str), lambda: map(str, 1), lambda: map(str, [], key=1),
             lambda: filter(None), lambda: filter(None, 5), lambda: filter(None, [], []),
             lambda: filter(function=None, iterable=[])):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(map), issubclass(map, object), map.__mro__)
