import types
import sys

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(a=1, b='x'))
ns.c = [1]
del ns.a
print(ns, vars(ns), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print(type(e).__name__, e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), isinstance(Sub(), types.SimpleNamespace))


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (gen(), types.GeneratorType),
    (C().m, types.MethodType), (len, types.BuiltinFunctionType), ([].append, types.BuiltinMethodType),
    (sys, types.ModuleType), (None, types.NoneType), (..., types.EllipsisType),
    (NotImplemented, types.NotImplementedType), (f.__code__, types.CodeType),
]
for obj, t in checks:
    print(t.__name__, isinstance(obj, t))
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), dict(mp.items()), mp.copy())
try:
    mp['a'] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)


def body(ns):
    ns['hello'] = lambda self: 'hi'


K = types.new_class('K', (object,), {}, body)
print(K.__name__, K().hello())
meta, ns2, kw = types.prepare_class('Z', (), {'metaclass': type})
print(meta, ns2, kw)
print(types.resolve_bases((int, str)))
print(list[int], type(list[int]) is types.GenericAlias, list[int].__origin__, list[int].__args__)
print(dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int] != list[str])
print(int | str, type(int | str) is types.UnionType, (int | str).__args__, int | None | str)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str))
print(list[int]([1, 2]), (int | str) == (str | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
