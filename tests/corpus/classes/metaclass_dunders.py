# Special methods defined on a metaclass apply to its classes (looked up on type(C)).
class M(type):
    def __iter__(cls): return iter([1, 2, 3])
    def __contains__(cls, x): return x == 2
    def __len__(cls): return 7
    def __bool__(cls): return False
    def __reversed__(cls): return iter([3, 2, 1])
    def __getitem__(cls, k): return ('gi', k)
    def __call__(cls, *a): return ('called', a)
    def __repr__(cls): return '<M ' + cls.__name__ + '>'
    def __or__(cls, o): return 'or'
    def __ror__(cls, o): return 'ror'
    def __eq__(cls, o): return 'eq'
    def __lt__(cls, o): return 'lt'
    def __hash__(cls): return 5
    def __neg__(cls): return 'neg'
    def __invert__(cls): return 'inv'
    def __format__(cls, spec): return 'fmt' + spec
    def __str__(cls): return 'str!'


class C(metaclass=M):
    pass


tests = ['list(C)', '2 in C', '3 in C', 'len(C)', 'bool(C)', 'list(reversed(C))', "C['x']",
         'C(1,2)', 'repr(C)', 'C | 1', '1 | C', 'C == 1', 'C < 1', 'hash(C)', '-C', '~C',
         'format(C, "x")', 'str(C)', 'f"{C}"', 'not C', '[x for x in C]', 'C != 1',
         'type(iter(C)).__name__', 'sorted(C)', 'sum(C)', 'max(C)', 'tuple(C)', 'dict.fromkeys(C)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, 'ERR', type(e).__name__, e)

for x in C:
    print('for', x)
if C:
    print('truthy')
else:
    print('falsy')
a, b, c = C
print(a, b, c)


# A subclass of the class keeps the metaclass's behaviour.
class D(C):
    pass


print(list(D), len(D), 2 in D)


# A metaclass without the hook: the class is an ordinary type again.
class Plain(type):
    pass


class E(metaclass=Plain):
    pass


for t in ['bool(E)', 'len(E)', 'list(E)', '1 in E', 'E == E', 'E != int', '-E', 'E | 1',
          'reversed(E)']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, 'ERR', type(e).__name__, e)


# __setattr__ / __delattr__ / __dir__ / __getattr__ on the metaclass.
class N(type):
    def __setattr__(cls, k, v):
        print('setattr', k)
        super().__setattr__(k, v)

    def __delattr__(cls, k):
        print('delattr', k)
        if k != 'keep':
            super().__delattr__(k)

    def __getattr__(cls, k):
        return 'ga ' + k

    @property
    def members(cls):
        return 'props'

    def __dir__(cls):
        return ['z', 'a']


class F(metaclass=N):
    x = 1
    keep = 2


F.y = 2
del F.x
del F.keep
print(F.y, F.x, F.keep, F.members, dir(F))
type.__setattr__(F, 'direct', 3)
print(F.direct)


# A metaclass __len__ returning a bad value.
class BadLen(type):
    def __len__(cls):
        return -1


class G(metaclass=BadLen):
    pass


try:
    len(G)
except ValueError as e:
    print(type(e).__name__, e)
