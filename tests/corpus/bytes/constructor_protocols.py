# bytes() and bytearray() from objects with __bytes__, __index__, __iter__, __len__ and
# __length_hint__, in CPython's order, with its errors.
import array

class WithBytes:
    def __init__(self, r): self.r = r
    def __bytes__(self): return self.r
class WithIndex:
    def __init__(self, r): self.r = r
    def __index__(self): return self.r
class WithIter:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
class BytesAndIndex(WithBytes):
    def __index__(self): return 3
class IndexAndIter:
    def __index__(self): return 2
    def __iter__(self): return iter([7])
class BadIndexIter:
    def __index__(self): return "x"
    def __iter__(self): return iter([5, 6])
class BadIndex:
    def __index__(self): return "x"
class RaisingIndex:
    def __index__(self): raise ValueError("from index")
class RaisingBytes:
    def __bytes__(self): raise KeyError("from bytes")
class RaisingIter:
    def __iter__(self): raise OSError("from iter")
class IterNotIterator:
    def __iter__(self): return 5
class Sub(bytes): pass
class SubBA(bytearray): pass
class MyInt(int): pass
class MyStr(str):
    def __bytes__(self): return b"from MyStr"
class PlainStr(str): pass
class MyList(list): pass
class StrIndex(str):
    def __index__(self): return 2
class BytesSub(bytes):
    def __bytes__(self): return b"overridden"
class GetItemOnly:
    def __getitem__(self, i):
        if i < 3: return i + 65
        raise IndexError
class BadLen:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): raise RuntimeError("hello")
class TypeErrorLen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise TypeError("no len")
class NegLen:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
class StrLen:
    def __iter__(self): return iter([1])
    def __len__(self): return "3"
class Hint:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([4])
    def __length_hint__(self): return self.h
class RaisingHint:
    def __iter__(self): return iter([4])
    def __length_hint__(self): raise LookupError("hint")
class TypeErrorHint:
    def __iter__(self): return iter([4])
    def __length_hint__(self): raise TypeError("hint")

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)

sources = [
    ("WithBytes(b'ab')", lambda: WithBytes(b"ab")),
    ("WithBytes(bytearray)", lambda: WithBytes(bytearray(b"ab"))),
    ("WithBytes('ab')", lambda: WithBytes("ab")),
    ("WithBytes(memoryview)", lambda: WithBytes(memoryview(b"ab"))),
    ("WithBytes(None)", lambda: WithBytes(None)),
    ("WithIndex(3)", lambda: WithIndex(3)),
    ("WithIndex(0)", lambda: WithIndex(0)),
    ("WithIndex(-1)", lambda: WithIndex(-1)),
    ("WithIndex(2**70)", lambda: WithIndex(2**70)),
    ("WithIndex(-2**70)", lambda: WithIndex(-2**70)),
    ("WithIndex(1.5)", lambda: WithIndex(1.5)),
    ("WithIter([1, 2])", lambda: WithIter([1, 2])),
    ("WithIter([256])", lambda: WithIter([256])),
    ("WithIter([-1])", lambda: WithIter([-1])),
    ("WithIter(['a'])", lambda: WithIter(["a"])),
    ("WithIter([WithIndex(9)])", lambda: WithIter([WithIndex(9)])),
    ("WithIter([2**100])", lambda: WithIter([2**100])),
    ("WithIter([1.0])", lambda: WithIter([1.0])),
    ("BytesAndIndex", lambda: BytesAndIndex(b"zz")),
    ("IndexAndIter", lambda: IndexAndIter()),
    ("BadIndexIter", lambda: BadIndexIter()),
    ("BadIndex", lambda: BadIndex()),
    ("RaisingIndex", lambda: RaisingIndex()),
    ("RaisingBytes", lambda: RaisingBytes()),
    ("RaisingIter", lambda: RaisingIter()),
    ("IterNotIterator", lambda: IterNotIterator()),
    ("MyInt(3)", lambda: MyInt(3)),
    ("MyStr('x')", lambda: MyStr("x")),
    ("PlainStr('x')", lambda: PlainStr("x")),
    ("StrIndex('x')", lambda: StrIndex("x")),
    ("MyList([1, 2])", lambda: MyList([1, 2])),
    ("Sub(b'q')", lambda: Sub(b"q")),
    ("SubBA(b'q')", lambda: SubBA(b"q")),
    ("BytesSub(b'q')", lambda: BytesSub(b"q")),
    ("GetItemOnly", lambda: GetItemOnly()),
    ("BadLen", lambda: BadLen()),
    ("TypeErrorLen", lambda: TypeErrorLen()),
    ("NegLen", lambda: NegLen()),
    ("StrLen", lambda: StrLen()),
    ("Hint(5)", lambda: Hint(5)),
    ("Hint(-1)", lambda: Hint(-1)),
    ("Hint('x')", lambda: Hint("x")),
    ("Hint(NotImplemented)", lambda: Hint(NotImplemented)),
    ("RaisingHint", lambda: RaisingHint()),
    ("TypeErrorHint", lambda: TypeErrorHint()),
    ("[1, 'a']", lambda: [1, "a"]),
    ("[1, 300]", lambda: [1, 300]),
    ("(1, -5)", lambda: (1, -5)),
    ("[True, MyInt(4), WithIndex(5)]", lambda: [True, MyInt(4), WithIndex(5)]),
    ("(x for x in [1, 2])", lambda: (x for x in [1, 2])),
    ("range(3)", lambda: range(3)),
    ("{1: 2}", lambda: {1: 2}),
    ("{3}", lambda: {3}),
    ("'abc'", lambda: "abc"),
    ("1.5", lambda: 1.5),
    ("None", lambda: None),
    ("object()", lambda: object()),
    ("array('h', [1])", lambda: array.array("h", [1])),
    ("memoryview(b'xy')[::-1]", lambda: memoryview(b"xy")[::-1]),
    ("-1", lambda: -1),
    ("2**70", lambda: 2**70),
    ("True", lambda: True),
    ("iter([1, 2])", lambda: iter([1, 2])),
]
for label, make in sources:
    show("bytes(" + label + ")", lambda: bytes(make()))
    show("bytearray(" + label + ")", lambda: bytearray(make()))
    show("Sub(" + label + ")", lambda: Sub(make()))
    show("int.from_bytes(" + label + ")", lambda: int.from_bytes(make(), "big"))

# Identity: an exact bytes argument is returned itself; subclasses are copied.
b = b"abc"
print(bytes(b) is b, bytes(Sub(b)) is b, type(bytes(Sub(b))).__name__, bytearray(b) is b)
s = Sub(b"abc")
print(bytes(s) is s, type(Sub(b)).__name__, Sub(b) is b)
print(b.__bytes__() is b, type(s.__bytes__()).__name__, s.__bytes__() is s, s.__bytes__() == s)
print(hasattr(bytes, "__bytes__"), hasattr(bytearray, "__bytes__"), hasattr(memoryview, "__bytes__"))
show("bytes.__bytes__(bytearray)", lambda: bytes.__bytes__(bytearray(b"x")))
show("b''.__bytes__(1)", lambda: b"".__bytes__(1))
show("bytes(b'a', 'ascii')", lambda: bytes(b"a", "ascii"))
show("bytes(WithBytes(b'a'), errors='strict')", lambda: bytes(WithBytes(b"a"), errors="strict"))
show("bytes('a', errors='strict')", lambda: bytes("a", errors="strict"))
show("bytes(MyStr('a'), 'ascii')", lambda: bytes(MyStr("a"), "ascii"))
show("bytearray(MyStr('a'), 'ascii')", lambda: bytearray(MyStr("a"), "ascii"))
show("bytearray(MyStr('a'))", lambda: bytearray(MyStr("a")))
