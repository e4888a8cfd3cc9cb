# PEP 562: dir(module) calls the module's own __dir__ (without arguments) and sorts
# what it returns; __getattr__ answers names the module does not hold.
import sys
import types

m = types.ModuleType("m")
m.x = 1
print(dir(m))
m.__dir__ = lambda: ["zeta", "alpha", "alpha"]
print(dir(m))
m.__dir__ = lambda: ("b", "a")
print(dir(m))


def bad():
    raise KeyError("from __dir__")


m.__dir__ = bad
try:
    dir(m)
except KeyError as e:
    print("KeyError", e)
m.__dir__ = lambda: 5
try:
    dir(m)
except TypeError as e:
    print("TypeError", e)

this = sys.modules[__name__]


def __getattr__(name):
    if name == "late":
        return "computed"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | {"late"})


print("late" in dir(this), this.late, "__dir__" in dir(this))
try:
    this.nope
except AttributeError as e:
    print(e)
