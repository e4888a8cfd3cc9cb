# Subclasses of int and float: the value, arithmetic results, overrides, conversions.
class Flags(int):
    def describe(self):
        return f"Flags({int(self)})"

f = Flags(6)
print(f, repr(f), type(f).__name__, isinstance(f, int), issubclass(Flags, int))
for r in (f + 1, 1 + f, f - 1, f * 2, f // 4, f % 4, f ** 2, f / 4, -f, +f, ~f, abs(f), f & 3, f | 1, f ^ 5, f << 2, f >> 1):
    print(r, type(r).__name__)
print(f.describe(), f.bit_length(), f.to_bytes(2, 'big'), f.real, f.numerator, f.denominator)
print(f == 6, f != 6, f < 7, f >= 6, hash(f) == hash(6), {f: 'x'}[6], {6: 'y'}[f])
print(sorted([Flags(3), Flags(1), 2]), max(Flags(3), Flags(9)), sum([Flags(1), Flags(2)]))
print(int(f), type(int(f)).__name__, float(f), str(f), format(f, '>4'), f'{f:x}', '%d' % f, bool(Flags(0)))
print([10, 20, 30, 40, 50, 60, 70][f], 'abcdefgh'[f], 'abcdefgh'[:f], divmod(f, 4), round(f), pow(f, 2, 5))
print(Flags('ff', 16), Flags(), Flags(2.9), Flags(b'12'), Flags(True))
print(int.__new__(Flags, 7), type(int.__new__(Flags, 7)).__name__)
f.note = 'extra'
print(f.note, f.__dict__)

class Clamped(int):
    def __add__(self, other):
        return Clamped(min(int(self) + int(other), 10))
    def __repr__(self):
        return f"Clamped({int(self)})"

c = Clamped(8)
print(c + 5, 5 + c, c * 2, str(c), f'{c}', [c])

class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return super().__new__(cls, value)

print(Positive(5), type(Positive(5)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)

class Money(float):
    def __str__(self):
        return f"${float(self):.2f}"

m = Money(2.5)
print(m, repr(m), m * 2, type(m * 2).__name__, round(m), int(m), m.is_integer(), m.hex())
print(f"{m}", f"{m:.1f}", Money('1.25'), Money(), -m, abs(Money(-3.0)))

bad_calls = [lambda: int.__new__(), lambda: int.__new__(5), lambda: int.__new__(str),
             lambda: Flags('x'), lambda: Flags(1, 2, 3), lambda: Flags([])]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print(e)
