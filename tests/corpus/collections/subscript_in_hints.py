from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict
from collections.abc import Mapping, Iterable, Callable, Sequence
import functools, contextlib
for t in (deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, Mapping, Iterable, Sequence, functools.partial, contextlib.AbstractContextManager):
    try:
        a = t[int]  # a GenericAlias in CPython, the class itself here
        print(t.__name__, 'ok')
    except TypeError as e: print(t.__name__, 'TypeError', e)
try: Callable[[int], str]; print('Callable ok')
except TypeError as e: print('TypeError', e)
def f(x: Mapping[str, int]) -> Iterable[int]: pass
print('def ok')
