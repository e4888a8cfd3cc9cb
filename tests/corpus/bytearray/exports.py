ba = bytearray(b"abcdef")
m = memoryview(ba)
ops = [
    ("append", lambda: ba.append(1)),
    ("extend", lambda: ba.extend(b"xy")),
    ("extend empty", lambda: ba.extend(b"")),
    ("pop", lambda: ba.pop()),
    ("insert", lambda: ba.insert(0, 1)),
    ("remove", lambda: ba.remove(97)),
    ("clear", lambda: ba.clear()),
    ("iadd", lambda: ba.__iadd__(b"z")),
    ("iadd empty", lambda: ba.__iadd__(b"")),
    ("imul 1", lambda: ba.__imul__(1)),
    ("imul 2", lambda: ba.__imul__(2)),
    ("del item", lambda: ba.__delitem__(0)),
    ("del empty slice", lambda: ba.__delitem__(slice(2, 2))),
    ("same-size slice", lambda: ba.__setitem__(slice(0, 2), b"AB")),
    ("grow slice", lambda: ba.__setitem__(slice(0, 2), b"ABC")),
    ("shrink slice", lambda: ba.__setitem__(slice(0, 2), b"A")),
    ("extended slice", lambda: ba.__setitem__(slice(None, None, 2), b"123")),
    ("item", lambda: ba.__setitem__(0, 122)),
    ("reverse", lambda: ba.reverse()),
]
for name, op in ops:
    try:
        op()
        print(name, "ok", ba)
    except BufferError as e:
        print(name, "BufferError:", e)
m.release()
ba.append(33)
print(ba)
with memoryview(ba) as m2:
    try:
        ba.append(1)
    except BufferError as e:
        print("inside with:", e)
ba.append(34)
print(ba)
def scoped():
    v = memoryview(ba)
    return v[0]
print(scoped())
ba.extend(b"dropped view released")
print(ba)
