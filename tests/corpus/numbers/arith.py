print(2 ** 100, -2 ** 3, (-2) ** 3, 2 ** -2, 10 // 3, -10 // 3, 10 % -3, -10 % 3, divmod(-7, 2), 7 / 7)
print(0.1 * 3, 1 / 3, 2 / 3, 1e22, 1e-7, 123456789012345678.0, 1.0e16, 9999999999999998.0, float("1e500"), -float("inf"), float("nan"))
print(round(2.5), round(0.125, 2), round(-2.5), round(7.0), round(1e20), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(int("  42  "), int("-0b101", 0), int("0o17", 0), int("ff", 16), int("z", 36), int(1e20), int(-1.9), float("-.5"), float("1_000.5"))
for bad in ["1.5", "", "0x", "1__0", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["", "1.2.3", "nan1", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(abs(-0.0), -0.0, 0.0 == -0.0, 1 == 1.0, hash(1.0) == hash(1), 3 // 0.5, 3 % 0.5, 2 ** 0.5, 10 ** -1)
print(pow(3, 200, 7), pow(-3, 3), pow(2, -1, 5), (1 << 100) >> 98, ~(1 << 70), -(1 << 64) // 3, (1 << 64) % 7, (10 ** 20) / (10 ** 10))
print(bin(-5), hex(0), oct(-8), (255).bit_length(), (-1).bit_length(), int.from_bytes(b"\xff", "little", signed=True), True + 1, False * 5)
print(min(1, 2.5), max(-1, -1.5), sum([0.1] * 10), 7 .__add__(1), (3).__mul__("x"))
for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 / 0, lambda: 0 ** -1, lambda: int("9" * 5000), lambda: 1 << -1]:
    try:
        expr()
    except Exception as e:
        print(type(e).__name__, e)
print(f"{1234.5678:.2f} {1234.5678:10.1f} {0.000012345:.3e} {12345678:,} {0.25:.0%} {42:+d} {-42:05d} {3.0:g} {1e20:g} {1.5e-7:g} {255:o} {255:X}")
print("%.3g %g %e %10.4f %-8.2f| %+.1f %x %o %5d %-5d|" % (3.14159, 1e-5, 12345.678, 2.5, 2.5, 1.25, 255, 8, 42, 42))
print(format(12.0), format(1e16), str(1e-5), repr(2.0 ** 60), 0.1 + 0.7, 1 - 0.9, 100.0 / 3)
