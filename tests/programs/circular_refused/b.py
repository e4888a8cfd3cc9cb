print("b: start")
from a import value
def helper():
    return value()
