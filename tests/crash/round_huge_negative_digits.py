# args: --timeout 20
# expect: 0 0 0
# round(x, -n) panicked negating -2**63 and computed 10**n for huge n (CPython hangs on
# round(15, -2**32): it builds 10**(2**32) too; the answer is 0 whenever |x| < 10**n / 2).
print(round(1, -2**63), round(15, -2**32), round(-10**30, -10**12))
