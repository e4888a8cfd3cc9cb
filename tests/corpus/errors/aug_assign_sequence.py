# Errors of augmented assignment on sequences keep the sequence's own message.
u = "a"
try:
    u += 1
except TypeError as e:
    print(e)
l = [1]
try:
    l += 1
except TypeError as e:
    print(e)
t = (1,)
try:
    t += [1]
except TypeError as e:
    print(e)
b = b"x"
try:
    b += "s"
except TypeError as e:
    print(e)
x = 1
try:
    x += "s"
except TypeError as e:
    print(e)
s = "ab"
try:
    s *= "x"
except TypeError as e:
    print(e)
ba = bytearray(b"q")
try:
    ba += 5
except TypeError as e:
    print(e)
try:
    ba *= "x"
except TypeError as e:
    print(e)
l = [1]
try:
    l *= "x"
except TypeError as e:
    print(e)
t = (1,)
try:
    t *= 2.0
except TypeError as e:
    print(e)
try:
    s -= "a"
except TypeError as e:
    print(e)
