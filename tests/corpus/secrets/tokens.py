# secrets: token lengths and alphabets, randbelow/randbits/choice ranges, errors, compare_digest
import secrets



def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for n in (None, 0, 1, 16, 33):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), type(h).__name__, len(h), all(c in "0123456789abcdef" for c in h),
          len(u), all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for c in u))
print(secrets.DEFAULT_ENTROPY, sorted(secrets.__all__))
show(lambda: secrets.token_bytes(-1))
show(lambda: secrets.token_hex("x"))
for n in (1, 2, 3, 10, 2**64, 2**200 + 1):
    vals = [secrets.randbelow(n) for _ in range(200)]
    print(n, all(0 <= v < n for v in vals), all(type(v) is int for v in vals))
print(sorted(set(secrets.randbelow(3) for _ in range(500))))
show(lambda: secrets.randbelow(0))
show(lambda: secrets.randbelow(-5))
for k in (0, 1, 7, 8, 9, 64, 65, 1000):
    vals = [secrets.randbits(k) for _ in range(100)]
    print(k, all(0 <= v < 2**k for v in vals), max(vals).bit_length() <= k)
print(sorted(set(secrets.randbits(2) for _ in range(500))))
show(lambda: secrets.randbits(-1))
seq = ["a", "b", "c"]
print(sorted(set(secrets.choice(seq) for _ in range(300))), secrets.choice("z"), secrets.choice(range(5, 6)))
show(lambda: secrets.choice([]))
show(lambda: secrets.choice(""))
for a in [("abc", "abc"), ("abc", "abd"), (b"abc", b"abc"), (b"", b""), (b"a", b"ab"),
          (bytearray(b"x"), b"x"), ("a", b"a"), ("é", "é"), (1, 2)]:
    show(lambda: secrets.compare_digest(*a))
