x = [1, 2,
print("never")
