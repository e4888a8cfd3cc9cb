print("b: start")
import a
def from_b():
    return "from b"
def late():
    return a.from_a()
print("b: end, a is partial:", not hasattr(a, "from_a"))
