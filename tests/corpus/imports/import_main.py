import __main__
import sys
print(__main__ is sys.modules['__main__'], __main__.__name__)
x = 42
print(__main__.x)
from __main__ import x as y
print(y)
def f():
    return 'f'
print(__main__.f())
__main__.z = 3
print(z)
