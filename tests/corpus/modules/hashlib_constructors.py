import hashlib
import array


def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
        return None
    if hasattr(r, "hexdigest"):
        try:
            print("ok", r.name, r.hexdigest())
        except TypeError:
            print("ok", r.name, r.hexdigest(8))
    else:
        print("ok", r)
    return r


def rep(h):
    r = repr(h)
    return r.split(" @ ")[0].split(" at ")[0]


names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
for n in names:
    f = getattr(hashlib, n)
    h = f()
    print(n, f.__name__, h.name, h.digest_size, h.block_size, rep(h), type(h))
    print(" ", h.hexdigest(), f(b"abc").hexdigest())
    print(" ", f(b"a" * 1000).digest().hex())
    h.update(b"ab")
    c = h.copy()
    h.update(b"c")
    print(" ", h.hexdigest() == f(b"abc").hexdigest(), c.hexdigest() == f(b"ab").hexdigest())
    print(" ", h.digest() == bytes.fromhex(h.hexdigest()), h.hexdigest() == h.hexdigest())

# every bytes-like argument
data = b"xyzabc123"
for arg in [data, bytearray(data), memoryview(data), memoryview(b"--" + data + b"--")[2:-2],
            array.array("b", data), memoryview(array.array("B", data)),
            memoryview(data).cast("c"), memoryview(bytearray(data)).toreadonly()]:
    print(type(arg).__name__, hashlib.sha256(arg).hexdigest()[:16], hashlib.md5(arg).hexdigest()[:16])
print(hashlib.sha1(array.array("i", [1, 2, 3])).hexdigest())
print(hashlib.sha1(memoryview(array.array("i", [1, 2, 3]))[1:]).hexdigest())
print(hashlib.sha1(memoryview(bytes(range(16))).cast("B", (4, 4))).hexdigest())


class B(bytes):
    pass


print(hashlib.md5(B(b"abc")).hexdigest())
for bad in ["abc", None, 1, [1], 1.5, object(), memoryview(b"abcd")[::2]]:
    t(hashlib.sha256, bad)
    t(hashlib.md5().update, bad)

# constructor arguments
t(hashlib.sha256, string=b"abc")
t(hashlib.sha256, data=b"abc")
t(hashlib.sha256, b"abc", b"")
t(hashlib.sha256, b"abc", usedforsecurity=False)
t(hashlib.sha256, b"abc", usedforsecurity=[])
t(hashlib.sha3_256, string=b"abc", usedforsecurity=True)
t(hashlib.md5, b"a", b"b", b"c")
t(hashlib.md5, string=b"a", foo=1)
h = hashlib.sha256()
t(h.update)
t(h.update, b"x", b"y")
t(h.update, data=b"x")
t(h.digest, 1)
t(h.hexdigest, 1)
t(h.copy, 1)
t(type(h))
print(h.update(b"") is None)

# update in pieces equals one update
big = bytes(range(256)) * 1000
h1 = hashlib.sha512()
for i in range(0, len(big), 777):
    h1.update(memoryview(big)[i:i + 777])
print(h1.hexdigest() == hashlib.sha512(big).hexdigest())

# new() by every name CPython's OpenSSL knows
for n in ["sha256", "SHA256", "Sha256", "sha-256", "SHA2-256", "SHA-1", "sha1", "MD5", "md5",
          "ssl3-md5", "ssl3-sha1", "md5-sha1", "MD5-SHA1", "ripemd160", "RIPEMD160",
          "ripemd-160", "RIPEMD", "rmd160", "sha512_224", "SHA512-224", "SHA-512/224",
          "sha512_256", "sha2-512/256", "sha3_256", "SHA3-256", "sha3-512", "shake_128",
          "SHAKE128", "SHAKE-256", "blake2b", "blake2s", "blake2b512", "BLAKE2s256",
          "BLAKE2B-512", "sm3", "SM3", "sha224", "SHA-224", "SHA2-384", "sha384", "sha512",
          "2.16.840.1.101.3.4.2.1", "1.2.840.113549.2.5",
          "SHA3_256", "sha512/224", "BLAKE2B", "md4", "whirlpool", "", " sha256", "sha256 "]:
    try:
        h = hashlib.new(n, b"abc")
        out = h.hexdigest(10) if h.digest_size == 0 else h.hexdigest()
        print(repr(n), type(h).__name__, h.name, h.digest_size, h.block_size, out)
    except Exception as e:
        print(repr(n), type(e).__name__, e)
t(hashlib.new, "sha256", string=b"abc")
t(hashlib.new, "sha256", data=b"abc")
t(hashlib.new, name="sha256", data=b"abc")
t(hashlib.new, "md5", b"abc", usedforsecurity=False)
t(hashlib.new, "sha256", b"abc", foo=1)
t(hashlib.new, "blake2b", b"abc", foo=1)
t(hashlib.new, "blake2b", b"abc", digest_size=10)
t(hashlib.new, "blake2b512", b"abc", digest_size=10)
t(hashlib.new, "sha256", "abc")
t(hashlib.new, "foo", "abc")
t(hashlib.new, "foo", b"abc")
t(hashlib.new, "sha256", None)
t(hashlib.new, 5)
t(hashlib.new, b"sha256")
t(hashlib.new, [1])
t(hashlib.new)
t(hashlib.new, "sha256", b"", b"")
t(hashlib.new, "sha256", b"", foo=1, bar=2)
t(hashlib.new, "sha256", data=b"", name="x")

print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available))
print(type(hashlib.algorithms_guaranteed).__name__, hashlib.__all__)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.md5, hashlib.sha3_512, hashlib.shake_128, hashlib.pbkdf2_hmac)
print(hashlib.blake2b, hashlib.blake2s, type(hashlib.sha256()), type(hashlib.shake_256()))
print(isinstance(hashlib.shake_128(), type(hashlib.md5())))
