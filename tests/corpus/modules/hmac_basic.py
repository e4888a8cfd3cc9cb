import hashlib
import hmac
import array


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e)


def show(h):
    print(type(h).__name__, h.name, h.digest_size, h.block_size, h.hexdigest(), h.digest().hex() == h.hexdigest())


# RFC 4231 test case 2 and 6
show(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256"))
show(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", hashlib.sha512))
for dm in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512",
           "blake2b", "blake2s", "SHA256", "sha-1", "md5-sha1", "ripemd160", "sm3",
           hashlib.md5, hashlib.sha3_224, hashlib.blake2b, hashlib.blake2s,
           lambda d=b"": hashlib.sha1(d)]:
    h = hmac.new(b"key", b"msg", dm)
    show(h)
    print(" ", hmac.digest(b"key", b"msg", dm).hex() == h.hexdigest())
    print(" ", hmac.new(b"k" * 200, b"m" * 300, dm).hexdigest())
t(lambda: hmac.new(b"key", digestmod=hashlib.blake2b(digest_size=16).__class__).name)

# incremental use and copies
h = hmac.new(b"key", digestmod="sha1")
t(h.update, b"abc")
t(h.update, msg=b"def")
t(h.update, "abc")
t(h.update, None)
t(h.update)
t(h.update, b"", b"")
t(h.digest, 1)
t(h.hexdigest, x=1)
c = h.copy()
c.update(b"x")
print(h.hexdigest(), c.hexdigest(), hmac.new(b"key", b"abcdefx", "sha1").hexdigest())
print(type(c).__name__, c.name, c.digest_size)
t(lambda: c.block_size)
g = hmac.new(b"key", b"ab", hashlib.blake2s)
gc = g.copy()
g.update(b"c")
print(g.hexdigest() == hmac.new(b"key", b"abc", hashlib.blake2s).hexdigest(), gc.hexdigest())
t(lambda: gc.block_size)
t(lambda: h.__dict__)
t(setattr, h, "x", 1)
h.digest_size = 99
print(h.digest_size)

# arguments
for key in ["key", memoryview(b"key"), bytearray(b"key"), array.array("b", b"k"), None, 1]:
    t(hmac.new, key, b"msg", "sha256")
for msg in ["msg", memoryview(b"msg"), None, 5, bytearray(b"m"), memoryview(b"abcd")[::2]]:
    t(lambda m: hmac.new(b"key", m, "md5").hexdigest(), msg)
for dm in [None, "", 0, [], "foo", "shake_128", 5, hashlib, "sha256\0"]:
    t(hmac.new, b"key", b"msg", dm)
t(hmac.new, b"key", b"msg")
t(hmac.new, b"key")
t(hmac.new)
t(hmac.new, b"k", b"m", "md5", 1)
t(hmac.new, b"k", b"m", digestmod="md5", msg=b"")
t(hmac.new, b"k", foo=1)
t(hmac.HMAC, b"k", digestmod="md5")
t(hmac.HMAC)
t(lambda: hmac.HMAC(b"k", digestmod="md5").name)


class Mod:
    new = staticmethod(hashlib.sha1)


mod = Mod()
print(hmac.new(b"key", b"msg", mod).hexdigest(), hmac.new(b"key", b"msg", mod).name)
print(hmac.digest(b"key", b"msg", mod).hex())

# one-shot digest
t(hmac.digest, b"key", b"msg", "sha256")
t(hmac.digest, b"key", b"msg", hashlib.sha256)
t(hmac.digest, b"key", b"msg", hashlib.blake2s)
t(hmac.digest, b"key", b"msg", "blake2s")
t(hmac.digest, b"key", b"msg", "foo")
t(hmac.digest, "key", b"msg", "sha256")
t(hmac.digest, b"key", "msg", "sha256")
t(hmac.digest, b"key", None, "sha256")
t(hmac.digest, b"key", b"msg")
t(hmac.digest, b"key" * 100, b"msg", "sha256")
t(hmac.digest, b"key", b"msg", "shake_128")
t(hmac.digest, key=b"key", msg=b"msg", digest="md5")
t(hmac.digest, memoryview(b"xkeyx")[1:4], bytearray(b"msg"), "md5")

# compare_digest
for a, b in [(b"a", b"a"), (b"a", b"b"), ("a", "a"), ("a", b"a"), (b"a", "a"), ("é", "é"),
             ("a", "é"), (1, 1), (b"a", 1), (1, b"a"), (bytearray(b"a"), memoryview(b"a")),
             (b"ab", b"a"), (b"", b""), ("", ""), (array.array("b", b"ab"), b"ab"),
             (memoryview(b"abcd")[::2], b"ac"), (b"x" * 1000, b"x" * 1000), (None, None)]:
    t(hmac.compare_digest, a, b)
t(hmac.compare_digest, b"a")
t(hmac.compare_digest, b"a", b"a", b"a")
t(hmac.compare_digest, a=b"a", b=b"a")
print(hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-4:], len(hmac.trans_5C), hmac.HMAC.blocksize)
print(hmac.compare_digest, hmac.HMAC, isinstance(hmac.new(b"", digestmod="md5"), hmac.HMAC))
