import hashlib


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, str) else r.hex())
    except Exception as e:
        print(type(e).__name__, e)


for f in (hashlib.shake_128, hashlib.shake_256):
    h = f(b"abc")
    print(h.name, h.digest_size, h.block_size, repr(h).split(" @ ")[0], type(h).__name__)
    for n in [0, 1, 16, 32, 100, 200, 1000]:
        print(n, h.hexdigest(n)[:80], len(h.digest(n)), h.digest(n).hex() == h.hexdigest(n))
    print(f().hexdigest(32), f(b"a" * 500).hexdigest(20))
    t(h.digest)
    t(h.hexdigest)
    t(h.digest, length=5)
    t(h.hexdigest, length=5)
    t(h.digest, 5, 6)
    t(h.digest, -1)
    t(h.hexdigest, -1)
    t(h.digest, 2**63)
    t(h.digest, 2**64)
    t(h.digest, 2**63 - 1)
    t(h.digest, 2**63 - 33)
    t(h.digest, 2**63 - 34)
    t(h.hexdigest, 2**63 - 1)
    t(h.hexdigest, 2**62)
    t(h.digest, 2**62)
    t(h.digest, 1.5)
    t(h.digest, "3")
    t(h.digest, True)
    t(h.digest, x=1)
    t(h.update)
    t(h.copy, 1)
    c = h.copy()
    c.update(b"d")
    print(h.hexdigest(8), c.hexdigest(8), f(b"abcd").hexdigest(8))
    h.update(memoryview(b"__d__")[2:3])
    print(h.hexdigest(8))
print(len(hashlib.shake_256().digest(10**6)), hashlib.shake_128().hexdigest(10**5)[-16:])
