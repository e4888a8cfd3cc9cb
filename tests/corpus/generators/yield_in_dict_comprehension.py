def f(items):
    return {k: (yield from k) for k in items}
