# The error for an int a format code cannot hold, per code and byte order: the native
# routines name the C type ("byte", "ubyte", "short", "ushort"), the others the code;
# past a C long (or unsigned long) every code says "argument out of range"; big-endian
# q/Q go through _PyLong_AsByteArray ("int too large to convert").
import struct

codes = "bBhHiIlLqQnNP"
values = [10**30, 2**64, 2**63, 2**40, 2**32, 2**31, 70000, 300, 255, 256, -1, -128,
          -129, -300, -2**31 - 1, -2**40, -2**63, -2**63 - 1, -10**30]
for prefix in ["", "@", "=", "<", ">", "!"]:
    for c in codes:
        if prefix and c in "nNP" and prefix != "@":
            continue
        for v in values:
            try:
                struct.pack(prefix + c, v)
                r = "ok"
            except struct.error as e:
                r = "error: %s" % e
            except Exception as e:
                r = "%s: %s" % (type(e).__name__, e)
            print(prefix + c, v if abs(v) < 10**20 else "big", r)

# n, N and P exist only in native mode.
for c in "nNP":
    for prefix in "<>=!":
        try:
            struct.pack(prefix + c, 1)
        except struct.error as e:
            print(prefix + c, "error:", e)

# Values of the wrong type.
for c in "bBhHiIlLqQnNP":
    for v in [1.5, "1", None, b"1", [1]]:
        try:
            struct.pack(c, v)
        except struct.error as e:
            print(c, repr(v), "error:", e)

# Struct objects and pack_into give the same messages.
s = struct.Struct(">h")
for v in [40000, -40000, 2**64]:
    try:
        s.pack(v)
    except struct.error as e:
        print("Struct", v, e)
    try:
        s.pack_into(bytearray(2), 0, v)
    except struct.error as e:
        print("pack_into", v, e)
