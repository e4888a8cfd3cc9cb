# A view released by the __index__, __float__ or __bool__ of an argument (gh-92888).
import array
def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview): r = ("mv", r.shape, r.format, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
size = 128
ba = None
m = None
def release():
    global ba
    m.release()
    ba = bytearray(size)
class MyIndex:
    def __index__(self):
        release()
        return 4
class MyFloat:
    def __float__(self):
        release()
        return 4.25
class MyBool:
    def __bool__(self):
        release()
        return True
def fresh(*cast):
    global m, ba
    ba = None
    m = memoryview(bytearray(b"\xff" * size))
    if cast:
        m = m.cast(*cast)
fresh(); show("get idx", lambda: m[MyIndex()])
fresh(); show("slice stop", lambda: list(m[:MyIndex()]))
fresh(); show("slice start", lambda: list(m[MyIndex():8]))
fresh("B", (64, 2)); show("get tuple0", lambda: m[MyIndex(), 0])
fresh("B", (2, 64)); show("get tuple1", lambda: m[0, MyIndex()])
def setk(key, v):
    def f():
        m[key] = v
    return f
fresh(); show("set idx", setk(MyIndex(), 42)); print(ba[:8])
fresh(); show("set slice stop", setk(slice(None, MyIndex()), b"spam")); print(ba[:8])
fresh(); show("set slice start", setk(slice(MyIndex(), 8), b"spam")); print(ba[:8])
fresh("B", (64, 2)); show("set tuple0", lambda: setk((MyIndex(), 0), 42)()); print(ba[8:16])
fresh("B", (2, 64)); show("set tuple1", lambda: setk((0, MyIndex()), 42)()); print(ba[:8])
fresh(); show("set val", setk(0, MyIndex())); print(ba[:8])
for fmt in "bhilqnBHILQN":
    fresh(fmt); show("set val " + fmt, setk(0, MyIndex()))
for fmt in "fd":
    fresh(fmt); show("set float " + fmt, setk(0, MyFloat()))
fresh("?"); show("set bool", setk(0, MyBool()))
show("hex big rev", lambda: memoryview(b"0" * 200000)[::-1].hex() == "30" * 200000)
a = array.array("H", [256, 256, 256, 256])
x = memoryview(a); mm = x.cast("B"); b = mm.cast("H"); c = b[0:2]; d = memoryview(b)
del b
show("22668", lambda: (c[0], d[0], c.format, d.format, mm.cast("I").tolist()))
show("array assign", lambda: (lambda a: (memoryview(a).__setitem__(slice(None), array.array("i", range(9, -1, -1))), a)[1])(array.array("i", range(10))))
show("str(m, utf8)", lambda: str(memoryview(b"abc"), "utf-8"))
show("reversed", lambda: list(reversed(memoryview(b"abc"))))
show("ctor kw", lambda: memoryview(argument=b"a"))
show("ctor kw2", lambda: memoryview(b"a", argument=True))
show("ctor obj", lambda: memoryview(object=b"a").tolist())
show("getbuf dict", lambda: memoryview({}))
show("toreadonly release", lambda: (lambda m: (m.toreadonly().release(), m.tolist())[1])(memoryview(b"ab")))
