from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class P(Flag):
    R = 4
    W = 2
    X = 1


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


class A(Flag):
    ONE = 1
    TWO = 2
    FOUR = 4
    BOTH = ONE | TWO


vals = [P.R, P.R | P.W, P(0), IP.R, IP.R | IP.W, IP(0), IP(8), IP(12), ~P.R, ~IP.R,
        P.R | P.W | P.X, P.R & P.W, P.R ^ P.R, (P.R | P.W) & P.W, ~(P.R | P.W | P.X),
        A.BOTH, A.ONE | A.TWO, A(7), ~A.ONE, IP.R | 1, 1 | IP.R, IP.R + 1, IP(-1), ~IP(0)]
for v in vals:
    print(repr(v), str(v), format(v), v.name, v.value, bool(v), len(v))
print(list(P), list(P.R | P.W), list(A), list(A(7)), list(IP(12)))
print(P.R in (P.R | P.W), P.X in (P.R | P.W), P.R | P.W == P(6), IP.R == 4, IP.R | IP.W == 6)
print(repr(P), repr(IP), A.BOTH is A(3), list(A.__members__))
print(isinstance(IP.R, int), IP.R * 2, sorted([IP.W, IP.R, IP.X]))
for bad in [8, 9, -1]:
    try:
        print(repr(P(bad)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    P.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in P.R
except TypeError as e:
    print(type(e).__name__, e)


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conf(7)), repr(Ej(7)), repr(Kp(7)), repr(~Kp.A))
print(list(FlagBoundary), STRICT, repr(KEEP))


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()
    RWX = 7


print(repr(Perm.RWX), repr(Perm(7)), repr(Perm.R | Perm.X), list(Perm), Perm.RWX.name)
print(f'{Perm.R:>5}', format(P.R, '>8'))
