import collections
print(collections.abc.Mapping, sorted(collections.__all__))
from collections import deque, Counter, ChainMap, UserDict, UserList, UserString, OrderedDict, defaultdict
for c in (deque, Counter, ChainMap, UserDict, UserList, UserString, OrderedDict, defaultdict):
    print(c, c.__module__, c.__name__, c.__qualname__)
