# One call site `m.name(...)` meets several modules and modules whose dicts change:
# it must always call what the module holds now.
import math
import string
import sys
import types

mods = [math, types.ModuleType("fake"), string, math]
mods[1].floor = lambda x: "fake floor %r" % (x,)
mods[1].capwords = lambda s: "fake capwords"
for m in mods:
    try:
        print(m.__name__, m.floor(2.5))
    except AttributeError as e:
        print(m.__name__, "AttributeError:", e)

fake = types.ModuleType("fake2")
for i in range(20):
    setattr(fake, "f%d" % i, (lambda i: lambda: i)(i))
for round in range(4):
    out = []
    for i in range(0, 20, 3):
        try:
            out.append(getattr(fake, "f%d" % i)())
        except AttributeError:
            out.append(None)
    try:
        out.append(fake.f9())
    except AttributeError as e:
        out.append(str(e))
    print(round, out)
    # Deleting entries moves the others; replacing one changes what is called.
    delattr(fake, "f%d" % (round * 2))
    fake.f9 = (lambda r: lambda: "new f9 %d" % r)(round)
    if round == 2:
        del fake.f9
print(sorted(k for k in vars(fake) if k.startswith("f")))

# Built-in functions in a module whose dict changes under one call site.
bag = types.ModuleType("bag", "a module made at run time")
print(bag, bag.__doc__, sorted(vars(bag)))
for i in range(12):
    setattr(bag, "pad%d" % i, i)
bag.f = abs
for step in range(5):
    try:
        print(step, bag.f(-3 - step))
    except TypeError as e:
        print(step, "TypeError:", e)
    if step == 1:
        del bag.pad0, bag.pad5
    if step == 2:
        bag.f = len
        bag.f = str if False else bag.f
    if step == 3:
        bag.f = math.floor
bag.__file__ = "/tmp/bag.py"
print(bag)
for args in [(1,), (None,), (b"x",), (), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print("TypeError:", e)
print(sorted(vars(types.ModuleType(name="q", doc=3)).items(), key=repr))
