print("a: start")
from b import helper
def value():
    return 1
