# Errors at a yield inside an expression point at what failed, as in CPython; an error
# raised while an exception is handled in the generator chains to it.


def gen():
    try:
        yield 1
    except ValueError:
        yield {}[(yield "in handler")]


g = gen()
print(next(g))
print(g.throw(ValueError("v")))
g.send("missing")
