import sys
import shapes

print(shapes.Square, shapes.Square.__module__, shapes.describe.__module__)
print(shapes.Square().sides(), shapes.describe())
shapes.add("triangle", 3)
print(shapes.LAST, shapes.describe(), shapes.me() is shapes)
d = vars(shapes)
print(d["LAST"], "Square" in d, d is shapes.__dict__)
shapes.SIDES = {"hexagon": 6}
print(shapes.describe())
d["NEW"] = 1
print(shapes.NEW)
exec("EXTRA = LAST * 2", vars(shapes))
print(shapes.EXTRA)
main = sys.modules["__main__"]
print(repr(main).replace(__file__, "FILE"), main.shapes is shapes)
print(__file__.endswith("main.py"), sys.argv[0])
g = 5
print(main.g, shapes.ShapeError.__qualname__, repr(shapes.ShapeError("x")))
shapes.fail()
