# Functions made by exec/eval run in the dict they were given: changes on either side
# are seen by the other, whichever ran last and whoever holds the dict.
ns = {"base": 10}
exec("def f(x):\n    global last\n    last = x\n    return base + x\n", ns)
f = ns["f"]
print(f(1), ns["last"])
ns["base"] = 100
print(f(2), ns["last"])
del ns
print(f(3), f.__globals__["last"], f.__globals__["base"])
g = f.__globals__
g["base"] = 1000
print(f(4))
del g
for i in range(3):
    print(f(i), end=" ")
print(f.__globals__["last"])

# A lambda whose dict nobody else holds, called from the main module in a loop.
adder = eval("lambda a: a + k", {"k": 5})
total = 0
for i in range(100):
    total += adder(i)
print(total, adder.__globals__["k"])
adder.__globals__["k"] = 6
print(adder(1))

# The main module's own dict, reached from exec'd code.
counter = 0
bump_ns = {}
exec(
    "def bump():\n"
    "    import __main__\n"
    "    g = vars(__main__)\n"
    "    g['counter'] = g['counter'] + 1\n"
    "    g['made_here'] = 'yes'\n",
    bump_ns,
)
bump = bump_ns.pop("bump")
del bump_ns
for i in range(3):
    bump()
    counter += 10
print(counter, made_here)


def set_main_global():
    globals()["late"] = "late"


set_main_global()
print(late)

# Globals written by exec'd code are seen by the next call, after the caller changed
# its own globals in between.
env = {}
exec("def put(k, v):\n    globals()[k] = v\ndef get(k):\n    return globals().get(k)\n", env)
put, get = env["put"], env["get"]
del env
put("a", 1)
local_side = "x"
print(get("a"), get("b"))
put("b", 2)
print(get("a"), get("b"), sorted(k for k in put.__globals__ if not k.startswith("__")))

# A source module whose dict was handed out once and dropped, then written from both
# sides.
import namespace_helper as h

print(h.note(1))
d = vars(h)
print(d["last"])
del d
print(h.note(2), h.last, h.seen)
h.extra = "set from main"
print(h.read("extra"), h.note(3), vars(h)["last"], vars(h)["extra"])
del h.extra
print(h.read("extra"), "extra" in vars(h), h.note(4), h.last)
