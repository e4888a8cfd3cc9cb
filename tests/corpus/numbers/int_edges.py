print(list(range(2**63-2, 2**63-1, 5)), range(-2**63, 2**63-1)[-1], list(iter(range(2**63-3, 2**63-1, 2))))
for i in range(2**63 - 3, 2**63 - 1):
    print("loop", i)
print(2**63-1 + 1, -(-2**63), (2**62) * 4, 7 << 62, (-2**63) << 1, (-2**63) >> 70, -2**63 // -1, -2**63 % -1, abs(-2**63))
print(divmod(-2**63, -1), (-2**63) * -1, 2**64 // 2**32, -(2**63) - 1)
try:
    len(range(-2**63, 2**63 - 1))
except OverflowError as e:
    print("OverflowError:", e)
