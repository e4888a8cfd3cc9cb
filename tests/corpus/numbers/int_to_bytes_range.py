# int.to_bytes over the machine-int boundary: every length, order and signedness, round-tripped.
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, 65536, -32768, -32769, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32,
        2**56 - 1, 2**56, -2**55, -2**55 - 1, 2**63 - 1, -2**63, 2**64 - 1, 2**64, -2**64]
for v in vals:
    for length in [0, 1, 2, 3, 4, 7, 8, 9, 12]:
        for order in ["little", "big"]:
            for signed in [False, True]:
                try:
                    r = v.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(r, order, signed=signed)
                    print(v, length, order, signed, r, back == v)
                except OverflowError as e:
                    print(v, length, order, signed, "OverflowError", e)
print((5).to_bytes(), (1).to_bytes(2), (258).to_bytes(2, byteorder="little"))
for bad in [lambda: (1).to_bytes(-1), lambda: (1).to_bytes(2, "middle"), lambda: (1).to_bytes(2, 5), lambda: True.to_bytes(1, "big")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
