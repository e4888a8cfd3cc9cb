x = 1
def f():
    from math import *
    return pi
