# The live stack's lines: each frame at the line of the call it is making, through
# nested calls, comprehensions, lambdas, generators resumed by next(), functions made
# by exec (many of them, so the record of code objects is pruned meanwhile), methods,
# and warnings' stacklevel.
import traceback
import warnings


def where():
    return [(f.name, f.lineno) for f in traceback.extract_stack()][:-1]


def direct():
    return where()


def nested():
    return [where() for _ in range(1)]


def via_lambda():
    f = lambda: where()
    return f()


def gen():
    yield where()
    yield where()


print(direct())
print(nested())
print(via_lambda())
g = gen()
print(next(g))
print(next(g))

keep = []
for i in range(1200):
    ns = {}
    exec(f"def made{i}(g):\n    return g()\n", ns)
    if i % 400 == 0:
        keep.append(ns[f"made{i}"])
print([k(where) for k in keep])


class Thing:
    def method(self):
        return where()

    @classmethod
    def klass(cls):
        return where()


print(Thing().method(), Thing.klass())


def deprecated():
    warnings.warn("old", DeprecationWarning, stacklevel=2)


def caller():
    deprecated()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    caller()
    deprecated()
print([(w.lineno, str(w.message)) for w in caught])
