import sys
print("out")
print("err", 1, file=sys.stderr)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", "b", sep="-", end="!", file=w)
print(w.parts)
