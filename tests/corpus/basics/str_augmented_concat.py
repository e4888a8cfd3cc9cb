# `s += t` on strings: appended in place when nothing else holds s (linear time), copied
# otherwise; the target is read before the right-hand side runs.
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

print(len(build(200000)))

s = "x"
t = s
s += "y"
print(s, t)

s = "k"
held = [s]
d = {s: 1}
s += "é"
print(s, held, d, len(s), s.upper(), s in d, hash(s) == hash("ké"))

s = "ab"
s += s
print(s)

def walrus():
    s = "a"
    s += (s := "zz")
    print(s)
    n = 1
    n += (n := 10)
    print(n)

walrus()

g = "x"

def rebind():
    global g
    g = "new"
    return "!"

g += rebind()
print(g)

acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word
    acc += ","
print(acc, len(acc))

def closure():
    c = "q"
    def inner():
        nonlocal c
        c += "r"
        return c
    inner()
    return inner()

print(closure())

try:
    u = "a"
    u += 1
except TypeError as e:
    print("TypeError:", e, u)

def unbound():
    x += (x := 1)

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
