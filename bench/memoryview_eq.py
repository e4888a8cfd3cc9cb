# memoryview_eq: two 1 MiB views compared again and again, the way a sync loop checks
# blocks: equal views, views differing only in their last byte, the same bytes seen
# through another format (never equal), int and float views, a 2-D view. The views are
# compared in place: no lists, no copies. Our own program: scripts/bench times it.
SIZE = 1 << 20
ROUNDS = 2000


def make(size):
    out = bytearray(size)
    x = 12345
    for i in range(0, size, 997):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        out[i] = x >> 24
    return out


def main():
    a = make(SIZE)
    b = bytes(a)
    c = bytearray(a)
    c[-1] ^= 1
    ma, mb, mc = memoryview(a), memoryview(b), memoryview(c)
    pairs = [
        (ma, mb),
        (ma, mc),
        (mb, b),
        (ma.cast("c"), mb),
        (ma.cast("i"), mb.cast("i")),
        (ma.cast("i"), mc.cast("i")),
        (ma.cast("d"), mb.cast("d")),
        (ma.cast("B", [1024, 1024]), mc.cast("B", [1024, 1024])),
    ]
    equal = 0
    differ = 0
    for r in range(ROUNDS):
        x, y = pairs[r % len(pairs)]
        if x == y:
            equal += 1
        if x != y:
            differ += 1
    print("memoryview_eq", SIZE, ROUNDS, equal, differ)


main()
