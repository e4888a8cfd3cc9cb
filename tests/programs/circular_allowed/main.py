import a
import b
print(b.late())
print(a.b is b, b.a is a)
