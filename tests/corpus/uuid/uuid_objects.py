# uuid: parsing, formatting, fields, versions, variants, name-based and random UUIDs
import uuid
from uuid import UUID


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


u = UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version, int(u), hash(u) == hash(u.int))
for kw in [{"hex": "{12345678-1234-5678-1234-567812345678}"},
           {"hex": "12345678123456781234567812345678"},
           {"hex": "urn:uuid:12345678-1234-5678-1234-567812345678"},
           {"hex": "URN:UUID:12345678-1234-5678-1234-567812345678"},
           {"bytes": b"\x12\x34\x56\x78" * 4},
           {"bytes_le": b"\x78\x56\x34\x12\x34\x12\x78\x56" + b"\x12\x34\x56\x78\x12\x34\x56\x78"},
           {"fields": (0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)},
           {"int": 0x12345678123456781234567812345678},
           {"int": 0}, {"int": 2**128 - 1}, {"int": 2**128}, {"int": -1},
           {"hex": "1234"}, {"hex": "g" * 32}, {"bytes": b"x" * 15}, {"bytes_le": b"x" * 17},
           {"fields": (1, 2, 3)}, {"fields": (2**32, 0, 0, 0, 0, 0)},
           {"fields": (0, 2**16, 0, 0, 0, 0)}, {"fields": (0, 0, 2**16, 0, 0, 0)},
           {"fields": (0, 0, 0, 256, 0, 0)}, {"fields": (0, 0, 0, 0, 256, 0)},
           {"fields": (0, 0, 0, 0, 0, 2**48)}, {"fields": (-1, 0, 0, 0, 0, 0)},
           {}, {"hex": "12345678123456781234567812345678", "int": 5},
           {"int": 5, "version": 4}, {"int": 5, "version": 0}, {"int": 5, "version": 6},
           {"hex": "00000000-0000-0000-0000-000000000000", "version": 1},
           {"hex": "12345678-1234-5678-1234-567812345678", "version": 3}]:
    show(lambda: UUID(**kw))
show(lambda: UUID("1234567812345678123456781234567x"))
show(lambda: UUID(5))
for h in ["00000000-0000-0000-0000-000000000000", "00000000-0000-1000-8000-000000000000",
          "00000000-0000-4000-c000-000000000000", "00000000-0000-4000-e000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffff", "00000000-0000-f000-bfff-000000000000"]:
    x = UUID(h)
    print(x.variant, x.version, x.clock_seq, x.time)

a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, sorted([b, a]))
try:
    a < 1
except TypeError:
    print("TypeError")
try:
    a.int = 5
except TypeError as e:
    print(e)
try:
    a.foo = 5
except TypeError as e:
    print(e)
print({a: 1}[UUID(int=1)], str(UUID(int=255)), UUID(int=255).hex)

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(repr(ns), uuid.uuid3(ns, "python.org"), uuid.uuid5(ns, "python.org"))
show(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b"python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, ""))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://ex.com/é"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2"))
show(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
show(lambda: uuid.uuid5("x", "a"))

r = [uuid.uuid4() for _ in range(50)]
print(all(x.version == 4 and x.variant == uuid.RFC_4122 for x in r), len(set(r)),
      all(len(str(x)) == 36 for x in r), type(r[0]).__name__)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
print(u.is_safe is uuid.SafeUUID.unknown, uuid.SafeUUID.unknown.value, uuid.SafeUUID.safe.value)
n = uuid.getnode()
print(type(n).__name__, 0 <= n < 2**48, n == uuid.getnode())


class MyUUID(UUID):
    pass


print(repr(MyUUID(int=7)), MyUUID(int=7) == UUID(int=7))
