# Sizes a script chose: padding widths, byte counts, tab sizes and precisions far beyond
# memory raise MemoryError (or CPython's limit errors), never abort the interpreter.
import array
import struct

cases = [
    lambda: (5).to_bytes(10**13),
    lambda: (2**70).to_bytes(10**13),
    lambda: b"x".ljust(10**13),
    lambda: b"x".rjust(10**13),
    lambda: b"x".center(10**13),
    lambda: b"1".zfill(10**13),
    lambda: "x".ljust(10**13),
    lambda: "x".rjust(10**13, "é"),
    lambda: "x".center(10**13),
    lambda: "1".zfill(10**13),
    lambda: "{:>10000000000000}".format(1),
    lambda: f"{1:10000000000000}",
    lambda: "%10000000000000d" % 1,
    lambda: b"%10000000000000d" % 1,
    lambda: "%.2147483648d" % 1,
    lambda: "%.2147483648s" % "a",
    lambda: "\t".expandtabs(2**31),
    lambda: b"\t".expandtabs(-2**31 - 1),
    lambda: struct.pack("10000000000000x"),
    lambda: bytes(10**13),
    lambda: bytearray(10**13),
    lambda: "ab" * 10**13,
    lambda: [0] * 10**13,
    lambda: array.array("d", [0.0]) * 10**13,
    lambda: 10**13 * array.array("b", [1]),
    lambda: array.array("i", [1, 2]) * 3,
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(i, type(e).__name__, e)
