# A bytearray resized while iterated (allowed: the iterator reads the length each step),
# refused while exported (BufferError), and extend()'s use of the length hint.
b = bytearray(b"abcdef")
seen = []
for x in b:
    seen.append(x)
    if len(b) > 3:
        b.pop()
print(seen, b)
b = bytearray(b"ab")
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x + 1)
print(out, b)
b = bytearray(b"abc")
it = iter(b)
next(it)
b.clear()
print(list(it), b)
b = bytearray(b"abc")
it = iter(b)
print(next(it), end=" ")
b[:] = b"xyzw"
print(list(it))

# Every resizing operation while a view is held, and the ones that do not resize.
def ops():
    return [
        ("append", lambda b: b.append(1)), ("extend", lambda b: b.extend(b"x")),
        ("extend_empty", lambda b: b.extend(b"")), ("extend_iter", lambda b: b.extend(iter([1]))),
        ("pop", lambda b: b.pop()), ("remove", lambda b: b.remove(97)), ("insert", lambda b: b.insert(0, 1)),
        ("clear", lambda b: b.clear()), ("iadd", lambda b: b.__iadd__(b"x")), ("iadd_empty", lambda b: b.__iadd__(b"")),
        ("imul2", lambda b: b.__imul__(2)), ("imul1", lambda b: b.__imul__(1)), ("imul0", lambda b: b.__imul__(0)),
        ("del_item", lambda b: b.__delitem__(0)), ("del_slice", lambda b: b.__delitem__(slice(0, 1))),
        ("del_empty_slice", lambda b: b.__delitem__(slice(0, 0))), ("del_ext_slice", lambda b: b.__delitem__(slice(0, 3, 2))),
        ("set_same_size", lambda b: b.__setitem__(slice(0, 1), b"z")), ("set_grow", lambda b: b.__setitem__(slice(0, 1), b"zz")),
        ("set_item", lambda b: b.__setitem__(0, 65)), ("reverse", lambda b: b.reverse()),
        ("init", lambda b: b.__init__(b"xyz")), ("init_empty", lambda b: b.__init__()),
        ("init_same", lambda b: b.__init__(b"abc")),
    ]
for name, op in ops():
    b = bytearray(b"abc")
    m = memoryview(b)
    try:
        op(b)
        r = repr(b)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    m.release()
    print(name, r, b)

# extend() reads the length hint of its argument (after asking for an iterator).
class BadLen:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): raise RuntimeError("hello")
class TypeErrorLen:
    def __iter__(self): return iter([1])
    def __len__(self): raise TypeError("no")
class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([4])
    def __length_hint__(self): return self.h
class NoIter:
    def __len__(self): raise RuntimeError("never asked")
for src in [BadLen(), TypeErrorLen(), Hint(-1), Hint("x"), Hint(NotImplemented), Hint(3), NoIter(), None, 5, "ab"]:
    b = bytearray(b"z")
    try:
        b.extend(src)
        print(type(src).__name__, b)
    except Exception as e:
        print(type(src).__name__, type(e).__name__, e)
    for f in [bytes, bytearray]:
        try:
            print(" ", f.__name__, f(src))
        except Exception as e:
            print(" ", f.__name__, type(e).__name__, e)
holder = bytearray(b"xyz")
holder[:] = BadLen()
print(holder)
