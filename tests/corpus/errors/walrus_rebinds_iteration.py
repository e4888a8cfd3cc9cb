data = [1, 2, 3]
print([x := 0 for x in data])
