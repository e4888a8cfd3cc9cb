# Format specs: '0' fill with grouping, on strings, and bools under a numeric spec.
for v in (0, 1, 1234, -5, 10**7):
    print([format(v, f"0{w},") for w in (1, 4, 5, 6, 9)])
    print([format(v, f"0{w}_x") for w in (1, 5, 6, 10)])
print(format(-1234, "+010,"), format(1234, "#012_b"), format(255, "#010_x"))
print(repr(format("ab", "06s")), repr(format("ab", "<06")), repr(format("ab", ">06")),
      repr(format("ab", "^07")), repr(format("ab", "x>06")))
print(repr(format(True, "")), repr(format(True, "5")), repr(format(False, "<4")),
      repr(format(True, "d")), repr(format(True, ".1f")), repr(format(False, "#x")))
print(f"{True:>6}|{False:06}|{True!s:>6}|")
print("{:20}|{:<5}|".format(False, True))
for spec in ("=5", "=+5", "+5", "05="):
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print(spec, "->", e)
print(repr(format(3.5, "09,.2f")), repr(format(-3.5, "010,.1f")))
print(repr(format(float('inf'), '010,')), repr(format(float('nan'), '08,.1f')), repr(format(-0.0, '07,')))
