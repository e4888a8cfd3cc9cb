# Native ('@') sizes and alignment of every code on 64-bit Linux, against the standard
# sizes of '<', '>', '=', '!' (no alignment).
import struct

codes = "xcbB?hHiIlLqQnNefdspP"
for c in codes:
    row = []
    for prefix in ["", "@", "=", "<", ">", "!"]:
        if prefix not in ("", "@") and c in "nNP":
            row.append("-")
            continue
        row.append(str(struct.calcsize(prefix + c)))
    print(c, " ".join(row))

# Alignment: a code after a char is placed at a multiple of its size (native only).
for c in codes:
    for prefix in ["", "@", "<"]:
        if prefix == "<" and c in "nNP":
            continue
        fmt = prefix + "c" + c
        print(fmt, struct.calcsize(fmt), struct.calcsize(prefix + "bb" + c + "b"),
              struct.calcsize(prefix + c + "0l"), struct.calcsize(prefix + "c3" + c))

# Trailing '0X' pads the record to X's alignment.
for fmt in ["c0h", "c0i", "c0q", "c0d", "c0P", "c0e", "c0?", "ci0h", "hc0i", "@c0n", "<c0q"]:
    print(fmt, struct.calcsize(fmt))

# Packing in native mode writes the padding as zeros and reads it back.
for fmt, vals in [("ch", (b"a", 1)), ("ci", (b"a", -2)), ("cq", (b"a", 3)),
                  ("cd", (b"a", 1.5)), ("ce", (b"a", 0.5)), ("c?", (b"a", True)),
                  ("cP", (b"a", 1234)), ("cn", (b"a", -5)), ("cN", (b"a", 5)),
                  ("bhbib", (1, 2, 3, 4, 5)), ("?q?", (True, 7, False))]:
    data = struct.pack(fmt, *vals)
    print(fmt, len(data), data.hex(), struct.unpack(fmt, data))

# 'e' (half float), '?' and the pointer code in native mode.
for v in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, float("inf"), float("-inf")]:
    print("e", v, struct.pack("e", v).hex(), struct.unpack("e", struct.pack("e", v)))
for v in [65520.0, 1e10]:
    try:
        struct.pack("e", v)
    except OverflowError as e:
        print("e", v, "OverflowError:", e)
for v in [0, 1, 2, -1, [], [0], "", "x", None, 0.0]:
    print("?", repr(v), struct.pack("?", v))
print(struct.unpack("?", b"\x02"), struct.unpack("<?", b"\xff"))
print(struct.unpack("P", struct.pack("P", 2**64 - 1)), struct.unpack("P", struct.pack("P", -1)))
print(struct.unpack("n", struct.pack("n", -2**63)), struct.unpack("N", struct.pack("N", 2**64 - 1)))
