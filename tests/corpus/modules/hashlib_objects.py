import hashlib


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


h = hashlib.sha256(b"abc")
x = hashlib.shake_128(b"abc")
b = hashlib.blake2s(b"abc")
for o in (h, x, b):
    T = type(o)
    print(T, T.__name__, T.__module__, T.__qualname__, isinstance(o, T))
    t(T)
    t(T, b"abc")
    print(hasattr(o, "update"), hasattr(o, "digest_size"), callable(o.copy))
    print(o == o, o != o.copy(), type(o.copy()) is T, hash(o) == hash(o))
    print([m for m in ("update", "digest", "hexdigest", "copy", "name", "digest_size", "block_size") if m in dir(o)])
print(issubclass(type(x), type(h)), issubclass(type(h), type(x)), isinstance(b, type(h)))
print(hashlib.blake2b(b"x").digest_size, hashlib.blake2b(b"x", digest_size=7).digest_size)
print(hashlib.new("blake2s256", b"x").name, type(hashlib.new("blake2s256")).__name__)
print(sorted(n for n in dir(hashlib) if not n.startswith("_") and n != "scrypt"))
from hashlib import *
print(sha256(b"q").hexdigest()[:8], "new" in dir(), "sha512_256" in dir())


# a hash object's state is its own: many objects, copies and dropped ones
objs = [hashlib.md5(i.to_bytes(2, "big")) for i in range(300)]
copies = [o.copy() for o in objs[::3]]
del objs[::2]
for o in objs[:5]:
    o.update(b"more")
print([o.hexdigest()[:6] for o in objs[:8]], [c.hexdigest()[:6] for c in copies[:4]])
print(len({o.hexdigest() for o in objs}), len(objs))
