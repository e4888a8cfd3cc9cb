# throw() and close(): exceptions raised where the generator stopped, finally blocks and
# with exits run on close, GeneratorExit ignored, delegation through yield from; PEP 479;
# "generator already executing".

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)

def g():
    try:
        with CM():
            yield 1
            yield 2
    finally:
        print("finally")

x = g(); print(next(x)); print(x.close()); print(next(x, "after close"))
x = g(); print(x.close(), next(x, "never started"))
x = g(); next(x)
try:
    x.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)

def catches():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "handled"
c = catches(); next(c)
print(c.throw(ValueError("one")))
print(next(c))
print(c.throw(ValueError, "two"))
print(next(c))
print(c.throw(ValueError, ValueError("three")))
print(next(c))
print(c.throw(ValueError, ("four", 4)))
print(next(c))
try:
    c.throw(ValueError("x"), 5)
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores(); next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)

def stops_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "ret"
s = stops_on_exit(); next(s); print(s.close())

def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
r = raises_other(); next(r)
try:
    r.close()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner caught", e)
        return "inner-ret"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

o = outer(); print(next(o)); print(o.throw(ValueError("deleg"))); o.close()
o = outer(); next(o); o.close(); print(next(o, "closed"))

class Sub:
    def __iter__(self): return self
    def __next__(self): return "sub"
    def throw(self, *args):
        print("Sub.throw", [type(a).__name__ for a in args])
        raise StopIteration("sub-ret")
    def close(self):
        print("Sub.close")
def via_sub():
    r = yield from Sub()
    print("r", r)
    yield "end"
v = via_sub(); next(v); print(v.throw(KeyError("k")))
v = via_sub(); next(v); v.close()

def thrower():
    yield 1
t = thrower(); next(t)
try:
    t.throw(StopIteration("x"))
except RuntimeError as e:
    print("RuntimeError", e)
print(next(t, "finished"))
try:
    t.throw(KeyError("after"))
except KeyError as e:
    print("KeyError after finish", e)


def context_of_thrown():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield "in handler"
        except ValueError as e:
            yield "context " + repr(e.__context__)


ct = context_of_thrown()
print(next(ct))
print(ct.throw(ValueError("thrown")))


def plain():
    yield "p"


pg = plain()
next(pg)
try:
    pg.throw(ValueError("outside any handler"))
except ValueError as e:
    print("context", e.__context__)


def running():
    yield g3.send(None)


g3 = running()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
print(type(g3).__name__)
try:
    (lambda: (yield))().send(1)
except TypeError as e:
    print("TypeError", e)


def gen_raises_stop():
    yield 1
    raise StopIteration("bad")


try:
    list(gen_raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
