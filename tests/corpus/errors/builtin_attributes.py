# Setting and deleting attributes of built-in types, their objects and modules.
import struct

try:
    bytes.find = 1
    print('bytes.find = 1', "-> ok")
except (TypeError, AttributeError) as e:
    print('bytes.find = 1', "->", repr(e))
try:
    del bytes.find
    print('del bytes.find', "-> ok")
except (TypeError, AttributeError) as e:
    print('del bytes.find', "->", repr(e))
try:
    del bytes.nosuch
    print('del bytes.nosuch', "-> ok")
except (TypeError, AttributeError) as e:
    print('del bytes.nosuch', "->", repr(e))
try:
    setattr(int, 'x', 1)
    print("setattr(int, 'x', 1)", "-> ok")
except (TypeError, AttributeError) as e:
    print("setattr(int, 'x', 1)", "->", repr(e))
try:
    del b'x'.find
    print("del b'x'.find", "-> ok")
except (TypeError, AttributeError) as e:
    print("del b'x'.find", "->", repr(e))
try:
    del b'x'.nosuch
    print("del b'x'.nosuch", "-> ok")
except (TypeError, AttributeError) as e:
    print("del b'x'.nosuch", "->", repr(e))
try:
    b'x'.find = 1
    print("b'x'.find = 1", "-> ok")
except (TypeError, AttributeError) as e:
    print("b'x'.find = 1", "->", repr(e))
try:
    (1).nosuch = 2
    print('(1).nosuch = 2', "-> ok")
except (TypeError, AttributeError) as e:
    print('(1).nosuch = 2', "->", repr(e))
try:
    del struct.nosuch
    print('del struct.nosuch', "-> ok")
except (TypeError, AttributeError) as e:
    print('del struct.nosuch', "->", repr(e))
try:
    del struct.pack
    print('del struct.pack', "-> ok")
except (TypeError, AttributeError) as e:
    print('del struct.pack', "->", repr(e))

print(hasattr(struct, "pack"), hasattr(struct, "unpack"))
# A call site meets receivers of several built-in types: each gets its own type's method.
for x in [b"abc", bytearray(b"abc"), "abc", b"abc", [1, 2], "xbc", bytearray(b"cab")]:
    print(type(x).__name__, x.index(x[1:2] if not isinstance(x, list) else 2))
