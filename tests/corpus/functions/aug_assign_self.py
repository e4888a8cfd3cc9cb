# Augmented assignment whose right-hand side reads the target itself, for each kind of
# target, and the error for an unbound local.
def f():
    l = [1]
    l += l
    s = "a"
    s += s
    n = 3
    n += n * n
    b = bytearray(b"xy")
    try:
        b += b
    except BufferError as e:
        print("BufferError:", e)
    e = bytearray()
    e += e
    t = b"ab"
    t += t
    print(l, s, n, b, e, t)


f()


class C:
    pass


c = C()
c.v = [2]
c.v += c.v
d = {"k": "z"}
d["k"] += d["k"]
g = 5
g += g
print(c.v, d, g)


def h():
    n = 1
    del n
    n += 1


h()
