# sys.version_info is a struct sequence: a tuple subclass with named fields.
import sys
v = sys.version_info
print(type(v), v[:2], v.major, v.minor, v >= (3, 8), v < (4,), len(v), type(v).__mro__)
print(isinstance(v, tuple), v.releaselevel, v[3], v[-1] == v.serial, v.__match_args__)
major, minor, *rest = v
print(major, minor, len(rest), hash(v) == hash(tuple(v)), tuple(v)[:2], list(v)[:2], v.count(3), v.index(11))
print(repr(v).startswith('sys.version_info(major=3, minor=11, micro='), str(v) == repr(v))
