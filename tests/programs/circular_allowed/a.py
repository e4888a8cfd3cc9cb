print("a: start")
import b
def from_a():
    return "from a, b says " + b.from_b()
print("a: end")
