# del of names: locals, globals, nonlocals and class-body names, and the errors after it.
def local():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del x
    except UnboundLocalError as e:
        print("del again:", type(e).__name__, e)
    x = 2
    return x

print(local())

g = 10
def delete_global():
    global g
    del g

delete_global()
try:
    g
except NameError as e:
    print(type(e).__name__, e)
try:
    del g
except NameError as e:
    print("del again:", type(e).__name__, e)

def outer():
    v = "cell"
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(outer())

def closure_reads_deleted():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)

closure_reads_deleted()

class C:
    a = 1
    b = a + 1
    del a
    try:
        a
    except NameError as e:
        print("class body:", type(e).__name__, e)

print(hasattr(C, "a"), C.b)

m = 1
del m
try:
    m
except NameError as e:
    print(type(e).__name__, e)

# del of several names and of a tuple of names.
p, q, r = 1, 2, 3
del p, (q, r)
for name in ["p", "q", "r"]:
    print(name, name in globals())

# Reading a local before its first assignment.
def before():
    try:
        print(later)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    later = 1

before()

# global and nonlocal in every scope that allows them.
counter = 0
def bump():
    global counter
    counter += 1

bump(); bump()
print("counter", counter)

class Holder:
    global counter
    counter = 100

print("counter", counter)

def make():
    count = 0
    class Inner:
        nonlocal count
        count = 5
    def get():
        return count
    return get()

print("class nonlocal", make())

def deep():
    a = 1
    def mid():
        def leaf():
            nonlocal a
            a += 10
        leaf()
    mid()
    return a

print("deep", deep())

lam = lambda: [(lv := 3) for _ in range(1)] and lv
try:
    print(lam())
except NameError as e:
    print(type(e).__name__, e)
