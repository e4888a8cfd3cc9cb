# bytearray.extend from itself, bytes, views, lists, while exported, and bad arguments.
ba = bytearray(b"ab")
ba.extend(ba)
print(ba)
ba.extend(b"xyz")
ba.extend(memoryview(b"mv"))
ba.extend([1, 2])
ba.extend(bytearray(b"q"))
print(ba)
m = memoryview(ba)
try:
    ba.extend(b"zz")
except BufferError as e:
    print("BufferError", e)
m.release()
try:
    ba.extend(5)
except TypeError as e:
    print(e)
try:
    ba.extend("str")
except TypeError as e:
    print(e)
print(ba)
