import c
print(c.X)
