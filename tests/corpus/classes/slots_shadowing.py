# Slots shadowed along the MRO: a property, a class variable, a method or __getattr__ in
# a subclass decides what reading and writing the name does.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class P:
    __slots__ = ("x", "y")


class WithProperty(P):
    __slots__ = ()

    @property
    def x(self):
        return "property"


w = WithProperty()
t(lambda: w.x)
t(lambda: setattr(w, "x", 1))
w.y = 2
w.y = 3
print(w.y)


class WithClassVar(P):
    x = "class var"


c = WithClassVar()
print(c.x)
c.x = "instance"
print(c.x, c.__dict__, WithClassVar.x)
del c.x
print(c.x)


class WithMethod(P):
    def y(self):
        return "method"


m = WithMethod()
print(m.y())
m.y = 5
print(m.y, m.__dict__)


class WithGetattr(P):
    __slots__ = ()

    def __getattr__(self, name):
        return "fallback " + name


g = WithGetattr()
print(g.x)
g.x = 1
print(g.x)
del g.x
print(g.x)
t(lambda: setattr(g, "z", 1))

# Writing a slot again and again, deleting, then reading.
p = P()
for i in range(5):
    p.x = i
    p.y = p.x * 2
print(p.x, p.y)
del p.x
t(lambda: p.x)
t(lambda: delattr(p, "x"))
p.x = [1]
p.x += [2]
print(p.x)
