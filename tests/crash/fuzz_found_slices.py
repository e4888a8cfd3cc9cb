# args: --timeout 20
# expect: b'b' [2] b'a' a
# expect: [-9223372036854775808, -9223372036854775807, -9223372036854775806, -9223372036854775805, -9223372036854775804]
# Found by scripts/difffuzz: each panicked with "capacity overflow" or "min > max".
print(b'abc'[-2::2**63-1], [1, 2, 3][-2::2**63-1], b'abc'[0::2**64], 'a,b,,c'[slice(-2**63, 2, 2**64)])
print(list(range(-2**63, 0, 1)[:5]))
