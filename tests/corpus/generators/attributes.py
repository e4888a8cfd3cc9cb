# A generator's attributes: its names and code, whether it runs or waits, and what a
# `yield from` in it delegates to.


def watch():
    yield me.gi_running, me.gi_suspended
    yield from inner()
    yield from [10, 20]


def inner():
    yield "inner"
    return "done"


me = watch()
print(me.__name__, me.__qualname__, me.gi_code.co_name, me.gi_code.co_qualname)
print(me.gi_running, me.gi_suspended, me.gi_yieldfrom)
print(next(me), me.gi_running, me.gi_suspended, me.gi_yieldfrom)
print(next(me), type(me.gi_yieldfrom).__name__, me.gi_yieldfrom.__name__)
print(next(me), type(me.gi_yieldfrom).__name__)
print(next(me), list(me), me.gi_running, me.gi_suspended, me.gi_yieldfrom)


class Holder:
    def method(self):
        yield (x for x in "ab")


g = next(Holder().method())
print(g.__name__, g.__qualname__, g.gi_code.co_name, list(g))
for name in ["gi_running", "gi_suspended", "gi_yieldfrom", "gi_code"]:
    try:
        setattr(g, name, 1)
    except AttributeError as e:
        print(type(e).__name__)
