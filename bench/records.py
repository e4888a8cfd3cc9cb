# records: a length-prefixed record stream built into a bytearray, then parsed back
# three ways (byte indexing, memoryview slices, struct), with per-kind tallies in a
# dict and small helper functions. Our own program: scripts/bench times it.
import struct

COUNT = 150000


def checksum(view):
    s = 0
    for b in view:
        s = (s * 31 + b) & 0xFFFF
    return s


def make_stream(count):
    out = bytearray()
    x = 2024
    for i in range(count):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        kind = x % 5
        size = 4 + (x >> 8) % 12
        out += struct.pack("<BBH", kind, size, i & 0xFFFF)
        body = bytearray(size)
        j = 0
        while j < size:
            body[j] = (x >> (j % 24)) & 255
            j += 1
        out += body
    return out


def parse(stream):
    m = memoryview(stream)
    tallies = {}
    pos = 0
    total = 0
    n = len(stream)
    while pos < n:
        kind, size, seq = struct.unpack_from("<BBH", stream, pos)
        body = m[pos + 4:pos + 4 + size]
        tallies[kind] = tallies.get(kind, 0) + 1
        total = (total + checksum(body) + seq + stream[pos + 4]) & 0xFFFFFFFF
        pos += 4 + size
    return tallies, total


def main():
    stream = make_stream(COUNT)
    tallies, total = parse(stream)
    names = sorted(tallies)
    print("records", len(stream), total, [(k, tallies[k]) for k in names])


main()
