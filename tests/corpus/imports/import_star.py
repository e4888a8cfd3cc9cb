from math import *
print(pi, sqrt(16), floor(2.5))
from struct import *
print(calcsize("<I"), pack(">H", 1))
from array import *
print(array("b", [1]))
from sys import *
print(type(argv).__name__)
def uses():
    return tau
print(uses())
