from collections import abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
    Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView,
    ItemsView, ValuesView, Reversible, ByteString, MappingView, Awaitable, Coroutine, AsyncIterable)
samples = [1, 1.5, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset([1]), range(3),
           iter([1]), (x for x in [1]), len, lambda: 0, None, {}.keys(), {}.values(), {}.items(), memoryview(b'a')]
abcs = [Iterable, Iterator, Generator, Sized, Container, Callable, Hashable, Collection, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, KeysView, ItemsView, ValuesView,
        Reversible, ByteString]
for s in samples:
    name = type(s).__name__
    print(name, ''.join('1' if isinstance(s, a) else '0' for a in abcs))
for t in (list, dict, set, tuple, str, int, object):
    print(t.__name__, [a.__name__ for a in abcs if issubclass(t, a)])

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class NoIter:
    __iter__ = None
class Sz:
    def __len__(self): return 0
class Unhash:
    __hash__ = None
class Call:
    def __call__(self): pass
for c in (It, OnlyIter, NoIter, Sz, Unhash, Call):
    print(c.__name__, [a.__name__ for a in abcs if issubclass(c, a)])

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2))
try: s.index(9)
except ValueError as e: print('ValueError', e)
print(isinstance(s, Sequence), isinstance(s, MutableSequence), isinstance(s, Reversible))

class MyList(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
m = MyList(); m.append(1); m.extend([2, 3, 4]); m.reverse(); print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3); m += [7, 8]; print(m.data); m.clear(); print(m.data)

class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(a=1, b=2)
print(mm.get('a'), mm.get('z', 0), 'a' in mm, list(mm.keys()), list(mm.values()), list(mm.items()))
print(mm == {'a': 1, 'b': 2}, mm == MyMap(a=1), mm.keys() & {'a'}, ('a', 1) in mm.items(), 2 in mm.values())
print(isinstance(mm.keys(), KeysView), isinstance(mm.keys(), Set), len(mm.keys()), repr(mm.keys())[:8])

class MyDict(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
md = MyDict(); md.update({'a': 1}, b=2); md.update([('c', 3)]); print(md.d, md.setdefault('a', 9), md.setdefault('z', 0))
print(md.pop('a'), md.pop('q', 'dflt'), md.popitem(), md.d)
try: md.pop('q')
except KeyError as e: print('KeyError', e)
md.clear(); print(md.d)
try: MyDict().popitem()
except KeyError as e: print('KeyError', repr(e))

class MySet(MutableSet):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x):
        if x not in self.s: self.s.append(x)
    def discard(self, x):
        if x in self.s: self.s.remove(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; print(sorted(a)); a.remove(9); print(sorted(a))
try: a.remove(100)
except KeyError as e: print('KeyError', e)
print(a.pop() in (2, 3), len(a))
for bad in (Sequence, Mapping, Iterable, MutableSet):
    try: bad()
    except TypeError as e: print(e)
class Half(Mapping):
    def __getitem__(self, k): pass
try: Half()
except TypeError as e: print(e)
class R: pass
Iterable.register(R)
print(issubclass(R, Iterable), isinstance(R(), Iterable), issubclass(R, Iterator))
print(abc.__name__, 'Sequence' in abc.__all__, Sequence.__name__, Sequence.__module__)
