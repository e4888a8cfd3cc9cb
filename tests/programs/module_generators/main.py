import gen
K = 99
print(list(gen.g(3)), list(gen.C()), gen.C().p, repr(gen.C()), gen.f(), [x for x in gen.g(2)])
it = gen.g(2)
print(next(it), K, next(it))
print(sorted(map(lambda c: c, gen.g(2))), K)
