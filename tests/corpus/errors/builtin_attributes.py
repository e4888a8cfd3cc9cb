# Setting and deleting attributes of built-in types, their objects and modules.
import struct


def case_0():
    bytes.find = 1


def case_1():
    del bytes.find


def case_2():
    del bytes.nosuch


def case_3():
    setattr(int, 'x', 1)


def case_4():
    del b'x'.find


def case_5():
    del b'x'.nosuch


def case_6():
    b'x'.find = 1


def case_7():
    (1).nosuch = 2


def case_8():
    del struct.nosuch


def case_9():
    del struct.pack


for text, case in [
    ('bytes.find = 1', case_0),
    ('del bytes.find', case_1),
    ('del bytes.nosuch', case_2),
    ("setattr(int, 'x', 1)", case_3),
    ("del b'x'.find", case_4),
    ("del b'x'.nosuch", case_5),
    ("b'x'.find = 1", case_6),
    ('(1).nosuch = 2', case_7),
    ('del struct.nosuch', case_8),
    ('del struct.pack', case_9),
]:
    try:
        case()
        print(text, "-> ok")
    except (TypeError, AttributeError) as e:
        print(text, "->", repr(e))
print(hasattr(struct, "pack"), hasattr(struct, "unpack"))
# A call site meets receivers of several built-in types: each gets its own type's method.
for x in [b"abc", bytearray(b"abc"), "abc", b"abc", [1, 2], "xbc", bytearray(b"cab")]:
    print(type(x).__name__, x.index(x[1:2] if not isinstance(x, list) else 2))
