a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = [3, 4]
(r, (s, t)) = (5, (6, 7))
print(p, q, r, s, t)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
d = {}
d["k"] = [0, 0]
d["k"][1] = 9
print(d)
class Box:
    pass
bx = Box()
bx.value = 10
bx.value += 5
print(bx.value)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0xff; n ^= 5
print(n)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, lst is alias)
tup = (1,)
tup += (2,)
print(tup)
s = "ab"
s *= 3
print(s)
