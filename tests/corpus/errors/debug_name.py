# `__debug__` is the constant True: every way of binding it (or deleting it) is a
# SyntaxError at compile time, pointing where CPython's compiler points.
import builtins
import traceback

CASES = [
    "__debug__ = 1",
    "del __debug__",
    "del (a, __debug__)",
    "def f(__debug__): pass",
    "def f(a, *, __debug__=2): pass",
    "def f(*__debug__): pass",
    "def f(**__debug__): pass",
    "def f(a, /, __debug__): pass",
    "def f(__debug__: int): pass",
    "lambda __debug__: 1",
    "lambda *, __debug__: 1",
    "import __debug__",
    "import __debug__.sub",
    "import os as __debug__",
    "import a.b as __debug__",
    "from os import __debug__",
    "from os import path as __debug__",
    "from os import (sep, path as __debug__)",
    "f(__debug__=1)",
    "f(1, *a, __debug__=1, **k)",
    "x.__debug__ = 1",
    "x.y.__debug__ = 1",
    "del x.__debug__",
    "x.__debug__ += 1",
    "x[__debug__] = 1",
    "for __debug__ in x: pass",
    "for a, (b, __debug__) in x: pass",
    "with x as __debug__: pass",
    "with x as (a, __debug__): pass",
    "class __debug__: pass",
    "class C(__debug__=1): pass",
    "class C(metaclass=M, __debug__=1): pass",
    "def __debug__(): pass",
    "@d\ndef __debug__(): pass",
    "@d\n# note\n\n@e(1)\nclass __debug__:\n    pass",
    "@d\n@e\ndef f(__debug__):\n    pass",
    "(__debug__ := 1)",
    "x = [1 for y in z if (__debug__ := 2)]",
    "__debug__ += 1",
    "__debug__: int",
    "__debug__: int = 1",
    "x.__debug__: int",
    "x.__debug__: int = 2",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "try:\n    pass\nexcept E as __debug__:\n    x = 1\n    y = 2",
    "[__debug__ for __debug__ in x]",
    "{__debug__: 1 for __debug__ in x}",
    "(1 for a, *__debug__ in x)",
    "match x:\n    case __debug__: pass",
    "match x:\n    case [*__debug__]: pass",
    "match x:\n    case {**__debug__}: pass",
    "match x:\n    case {'k': 1, **__debug__}: pass",
    "match x:\n    case C(__debug__=1): pass",
    "match x:\n    case C(a=[1, 2], __debug__=y): pass",
    "match x:\n    case 1 as __debug__: pass",
    "match x:\n    case (1 | 2) as __debug__: pass",
    "match x:\n    case [1, 2] as __debug__: pass",
    "match x:\n    case [1, [2, 3]] | C(4, k=5) as __debug__: pass",
    "match x:\n    case C(1, 2) as __debug__: pass",
    "match x:\n    case {'a': 1, 'b': {'c': 2}} as __debug__: pass",
    "match x:\n    case {'a': 1, 'b': [2, *_]} as __debug__: pass",
    "match x:\n    case [] as __debug__: pass",
    "match x:\n    case [1, _] as __debug__: pass",
    "match x:\n    case [_, *_] as __debug__: pass",
    "match x:\n    case C(1, _) as __debug__: pass",
    "match x:\n    case C(a=1, b=_) as __debug__: pass",
    "match x:\n    case 1 | _ as __debug__: pass",
    "a, __debug__ = 1, 2",
    "a, *__debug__ = 1, 2",
    "[a, __debug__] = 1, 2",
    "a = __debug__ = 1",
    "__debug__ = __debug__ = 1",
    "def g():\n    global __debug__",
    "def g():\n    global __debug__\n    __debug__ = 1",
    "print(__debug__)",
    "x.__debug__",
    "f(**{'__debug__': 1})",
    "nonlocal __debug__\n__debug__ = 1",
    "return 1\n__debug__ = 1",
    "__debug__ = 1\nreturn 1",
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        # (The caret line shows where the error's first line points.)
        print(repr(src), e.lineno, "".join(traceback.format_exception_only(e)), end="")

print(__debug__, builtins.__debug__, getattr(builtins, "__debug__"))
globals()["__debug__"] = 5
print(__debug__, globals()["__debug__"])


def f():
    return __debug__


print(f(), (lambda: __debug__)(), [__debug__ for _ in "ab"])
print(eval("__debug__"), eval("__debug__", {"__debug__": 0}))
exec("print(__debug__)", {"__debug__": 0})
if __debug__:
    print("debugging")
assert __debug__
print(type(__debug__).__name__, "__debug__" in dir(builtins))
