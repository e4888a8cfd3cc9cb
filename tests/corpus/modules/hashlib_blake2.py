import hashlib


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.hexdigest() if hasattr(r, "hexdigest") else r)
    except Exception as e:
        print(type(e).__name__, e)


for B in (hashlib.blake2b, hashlib.blake2s):
    print(B.__name__, B.MAX_DIGEST_SIZE, B.MAX_KEY_SIZE, B.PERSON_SIZE, B.SALT_SIZE, B)
    h = B(b"abc", digest_size=20)
    print(h.name, h.digest_size, h.block_size, repr(h).split(" at ")[0], type(h))
    print(B().hexdigest(), B(b"abc").hexdigest())
    for ds in [0, 1, 16, 32, 33, 64, 65, -1, "1", 2**64, 1.0, True]:
        t(B, digest_size=ds)
    for s in [b"x" * 17, b"x" * 9, b"x" * 8, "x", None, memoryview(b"ab"), b"", bytearray(b"s")]:
        t(B, salt=s)
        t(B, person=s)
    for key in [b"x" * 65, b"x" * 33, b"x" * 32, "k", b"k", bytearray(b"k"), None, b""]:
        t(B, key=key)
    for v in [-1, 256, 0, 255, 2**70]:
        t(B, fanout=v)
        t(B, depth=v)
        t(B, node_depth=v)
    for v in [-1, 2**32, 2**32 - 1, 2**64, 1.5, "x", True]:
        t(B, leaf_size=v)
    for v in [-1, 2**48, 2**48 - 1, 2**64, 2**64 - 1, 1.5]:
        t(B, node_offset=v)
    for v in [-1, 65, 33, 32, 0]:
        t(B, inner_size=v)
    for v in [True, 2, [], "x", 0]:
        t(B, b"abc", last_node=v)
    t(B, b"abc", digest_size=0, salt=b"x" * 20)
    t(B, "abc", digest_size=0)
    t(B, "abc", salt=b"x" * 20)
    t(B, "abc")
    t(B, 1)
    t(B, b"a", b"b")
    t(B, b"a", foo=1)
    t(B, data=b"a")
    t(B, b"abc", key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3, leaf_size=4096,
      node_offset=5, node_depth=1, inner_size=16, last_node=True, digest_size=20)
    t(B, b"abc", usedforsecurity=False)
    t(B, memoryview(b"xabcx")[1:4], key=memoryview(b"kk")[:1])
    h = B(b"ab", key=b"secret", digest_size=16)
    c = h.copy()
    h.update(b"c")
    print(h.hexdigest(), c.hexdigest(), B(b"abc", key=b"secret", digest_size=16).hexdigest())
    print(type(c) is B, c.digest_size, c.name)
    t(h.update)
    t(h.update, "x")
    t(h.digest, 1)
    t(h.update, data=b"")
    print(hashlib.new(B.__name__, b"abc", digest_size=8, key=b"k").hexdigest())
