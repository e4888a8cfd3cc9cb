A = 1
_B = 2
def c():
    return 3
