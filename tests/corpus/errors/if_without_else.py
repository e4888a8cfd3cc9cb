size = 4
label = "big" if size > 3
print(label)
