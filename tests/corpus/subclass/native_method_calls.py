# Built-in methods called on objects whose class is not a plain built-in type:
# subclasses of built-in types, native module classes (re.Match), instance
# attributes shadowing a method, __getattribute__, getters of native classes.
import re


class L(list):
    pass


class D(dict):
    def keys(self):
        return ["overridden"]


class B(bytearray):
    pass


lst = L([3, 1, 2])
lst.append(4)
lst.sort()
print(lst, lst.index(2), lst.count(9), type(lst).__name__)
try:
    lst.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.append()
except TypeError as e:
    print("TypeError:", e)
try:
    lst.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(lst.pop(), lst.pop(0), lst)

d = D(a=1)
print(d.keys(), d.get("a"), d.get("b", 5), d.setdefault("c", 3), sorted(d.items()))

b = B(b"abc")
b.extend(b"de")
print(b, b.upper(), b.find(b"c"), b.hex(":"))
m = memoryview(b)
try:
    b.extend(b"x")
except BufferError as e:
    print("BufferError:", e)
m.release()
b.extend(b"x")
print(b)

# An instance attribute shadows the class's method.
lst2 = L()
lst2.append = lambda x: print("shadowed append", x)
lst2.append(7)
print(lst2)


class G(list):
    def __getattribute__(self, name):
        print("getattribute", name)
        return list.__getattribute__(self, name)


g = G()
g.append(1)
print(g)

# Methods and getters of re's native classes.
TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[a-z]+)|(?P<ws>\s+)|(\W)")
for mt in TOKEN.finditer("ab 12 ;cd"):
    print(mt.lastgroup, mt.lastindex, mt.group(), mt.group(0), mt.span(), mt.start(),
          mt.end(), mt.groups(), mt.groupdict())
mt = TOKEN.match("abc")
print(mt.lastgroup is mt.lastgroup, mt.lastgroup == "name", mt.pos, mt.endpos, mt.re is TOKEN,
      mt.string)
try:
    mt.group(9)
except IndexError as e:
    print("IndexError:", e)
try:
    mt.group("nope")
except IndexError as e:
    print("IndexError:", e)
try:
    mt.start(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(re.match(r"(a)(b)?", "a").lastgroup, re.match(r"x", "x").lastgroup)
print(TOKEN.sub("-", "ab 12"), TOKEN.findall("a 1"), TOKEN.split("a 1"))
