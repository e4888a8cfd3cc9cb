import ns.inner.mod
print(ns.inner.mod.X)
print(ns.__file__, type(ns.__path__).__name__ in ("list", "_NamespacePath"))
