# collections.abc, OrderedDict, ChainMap and the User* classes load when first asked for
# (attribute, from-import, star-import, dir): each way gives CPython's objects.
import collections

print([n for n in ("abc", "OrderedDict", "ChainMap", "UserDict", "UserList", "UserString",
                   "deque", "Counter", "namedtuple", "defaultdict") if n in dir(collections)])
print(collections.OrderedDict, collections.OrderedDict.__module__)
print(collections.OrderedDict is collections.OrderedDict)
from collections import UserDict, ChainMap  # noqa: E402

print(UserDict, ChainMap.__module__, collections.abc.Mapping)
print(isinstance(collections.deque(), collections.abc.MutableSequence),
      issubclass(collections.deque, collections.abc.Sequence),
      isinstance(collections.OrderedDict(), collections.abc.MutableMapping))
try:
    collections.nope
except AttributeError as e:
    print(e)
try:
    from collections import nope  # noqa: F401
except ImportError as e:
    print(type(e).__name__)
from collections import *  # noqa: E402,F401,F403

print(OrderedDict(a=1), UserList([1]), UserString("x"), ChainMap({1: 2}))  # noqa: F405
c = collections.Counter()
c.update({"a": 2})
c.update(collections.OrderedDict(b=1))
c.subtract(UserDict(a=1))
c.update(ChainMap({"z": 3}))
c.subtract("zz")
print(c)
import collections.abc as cabc  # noqa: E402

print(cabc is collections.abc, cabc.Sequence.__module__)
