from shapes import *
print(square(3), Circle.__name__)
print("not_listed" in globals(), "_private" in globals())
from plain import *
print(A, c(), "_B" in globals())
