def f():
    return "pkg.mod.f"
