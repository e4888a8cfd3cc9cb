def inner(x):
    return x[10]

def outer():
    data = [1, 2, 3]
    return inner(data) + 1

print("before")
outer()
