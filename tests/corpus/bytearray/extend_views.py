# bytearray.extend from strings, views that are not plain bytes (refused even when
# released), itself, and an exported self.
import array
class Sub(str): pass
for src in ["ab", Sub("ab"), "", [1, "a"], array.array("h", [1]), memoryview(b"ab")[::-1], {1: 2}, b"", 3, None, iter([]), range(3)]:
    b = bytearray(b"z")
    try:
        b.extend(src)
        print(b)
    except Exception as e:
        print(type(e).__name__, e, b)
m = memoryview(b"ab")
m.release()
b = bytearray(b"z")
try:
    b.extend(m)
except Exception as e:
    print(type(e).__name__, e, b)
b.extend(b)
print(b)
v = memoryview(b)
try:
    b.extend(v)
except Exception as e:
    print(type(e).__name__, e, b)
v.release()
b.extend(memoryview(b"abcd").cast("H"))
print(b)
