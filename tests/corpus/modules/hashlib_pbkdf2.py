import hashlib
import array


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r.hex() if isinstance(r, bytes) else r)
    except Exception as e:
        print(type(e).__name__, e)


P = hashlib.pbkdf2_hmac
# RFC 6070 vectors
t(P, "sha1", b"password", b"salt", 1, 20)
t(P, "sha1", b"password", b"salt", 2, 20)
t(P, "sha1", b"password", b"salt", 4096, 20)
t(P, "sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25)
t(P, "sha1", b"pass\0word", b"sa\0lt", 4096, 16)
for name in ["sha256", "SHA256", "sha-256", "md5", "sha1", "sha224", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s",
             "blake2b512", "md5-sha1", "ripemd160", "sm3", "sha512_224", "sha512_256"]:
    t(P, name, b"pw", b"salt", 3)
    t(P, name, b"x" * 200, b"s" * 100, 2, 100)
t(P, "shake_128", b"pw", b"salt", 2)
t(P, "shake_256", b"pw", b"salt", 2, 0)
t(P, "foo", b"pw", b"salt", 2)
t(P, "foo", b"pw", b"salt", 0)
t(P, "foo", "pw", b"salt", 0)
for it in [0, -1, 2**31, 2**63, 2**64, 1.0, "1", True, None]:
    t(P, "sha256", b"pw", b"salt", it)
for dk in [0, -1, 2**31, 2**63, 1.0, "1", None, True, 1, 33, 64, 65]:
    t(P, "sha256", b"pw", b"salt", 1, dk)
t(P, "sha256", b"pw", b"salt", 0, 0)
t(P, "sha256", "pw", b"salt", 1)
t(P, "sha256", b"pw", "salt", 1)
t(P, "sha256", None, b"salt", 1)
t(P, "sha256", bytearray(b"pw"), memoryview(b"xsaltx")[1:5], 1)
t(P, "sha256", array.array("b", b"pw"), b"salt", 1)
t(P, "sha256", memoryview(b"pwpw")[::2], b"salt", 1)
t(P, b"sha256", b"pw", b"salt", 1)
t(P, None, b"pw", b"salt", 1)
t(P, "sha256", b"pw", b"salt")
t(P, "sha256", b"pw", b"salt", 1, 1, 1)
t(P)
t(P, hash_name="sha256", password=b"pw", salt=b"salt", iterations=1, dklen=5)
t(P, "sha256", b"pw", b"salt", iterations=1)
t(P, "sha256", b"pw", b"salt", 1, foo=1)
t(P, "sha256", b"pw", b"salt", 1, hash_name="x")
t(P, "sha256", b"", b"", 1)
t(P, "sha512", b"k" * 1000, b"", 2, 300)


class Reader:
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


class Buffered:
    def getbuffer(self):
        return memoryview(b"buffered data")


class Nothing:
    def __repr__(self):
        return "<nothing>"


print(hashlib.file_digest(Reader(b"abc" * 100000), "sha256").hexdigest())
print(hashlib.file_digest(Reader(b"abc" * 10), hashlib.md5).hexdigest())
print(hashlib.file_digest(Reader(b"abc" * 10), lambda: hashlib.sha1()).hexdigest())
print(hashlib.file_digest(Reader(b"x" * 10), "sha256", _bufsize=3).hexdigest())
print(hashlib.file_digest(Buffered(), "md5").hexdigest())
t(hashlib.file_digest, Nothing(), "md5")
t(hashlib.file_digest, Reader(b""), "nope")
t(hashlib.file_digest, Reader(b""))
t(hashlib.file_digest, fileobj=Reader(b""), digest="md5")
t(hashlib.file_digest, Reader(b""), "md5", 1)
t(hashlib.file_digest, Reader(b""), "md5", bufsize=1)
