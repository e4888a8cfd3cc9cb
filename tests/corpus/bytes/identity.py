# Where CPython hands back an exact bytes object itself rather than a copy.
a = b"123abc!?"
e = b""
class Sub(bytes):
    pass
s = Sub(b"0123")
print(bytes(a) is a, a.__bytes__() is a, bytes(s) is s, s.__bytes__() is s)
print(a * 1 is a, 1 * a is a, a * 0 is a, a * -1 is a, a * 2 is a, a * True is a)
print(e * 5 is e, 5 * e is e, e * 0 is e)
print(s * 1 is s, 1 * s is s, type(s * 1).__name__, type(s * 2).__name__)
print(a + b"" is a, b"" + a is a, a + bytearray() is a, a + memoryview(b"") is a)
print(type(bytearray() + a).__name__, (bytearray() + a) is a, (e + bytearray(b"x")) is e)
print(type(e + s).__name__, (e + s) is s, (s + b"") is s, type(s + b"").__name__)
ba = bytearray(b"xy")
print(ba * 1 is ba, 1 * ba is ba, ba + b"" is ba, bytearray(ba) is ba)
print(a.__mul__(1) is a, a.__rmul__(1) is a, a.__add__(b"") is a)
print(id(a) == id(a * 1), id(a) != id(a * 2), id(s) != id(s * 1))

# Methods whose result equals an exact bytes receiver hand back the receiver itself;
# bytearray always gets a new object.
for r in [b"ab", bytearray(b"ab"), b" ab ", b"ab\n", b"a\r\nb"]:
    t = {
        "strip": lambda: r.strip(), "lstrip": lambda: r.lstrip(b"z"), "rstrip": lambda: r.rstrip(),
        "replace": lambda: r.replace(b"z", b"y"), "replace_same": lambda: r.replace(b"a", b"a"),
        "replace0": lambda: r.replace(b"a", b"y", 0), "replace_empty": lambda: r.replace(b"", b""),
        "replace_empty0": lambda: r.replace(b"", b"x", 0), "replace_long": lambda: r.replace(b"abcdef", b""),
        "replace_del": lambda: r.replace(b"z", b""), "replace_interleave": lambda: r.replace(b"", b"x"),
        "ljust": lambda: r.ljust(2), "rjust": lambda: r.rjust(-1), "center": lambda: r.center(1),
        "zfill": lambda: r.zfill(0), "ljust_pad": lambda: r.ljust(9),
        "removeprefix": lambda: r.removeprefix(b"z"), "removeprefix_empty": lambda: r.removeprefix(b""),
        "removesuffix": lambda: r.removesuffix(b"b"),
        "translate": lambda: r.translate(None), "translate_del": lambda: r.translate(None, b"z"),
        "translate_table": lambda: r.translate(bytes(range(256))),
        "translate_change": lambda: r.translate(bytes(range(255, -1, -1))),
        "partition": lambda: r.partition(b"z")[0], "rpartition": lambda: r.rpartition(b"z")[2],
        "split_ws": lambda: r.split()[0] if r.split() else None, "split_ws0": lambda: r.split(None, 0)[0] if r.strip() else None,
        "split_sep": lambda: r.split(b"z")[0], "split_sep0": lambda: r.split(b"a", 0)[0],
        "rsplit_ws": lambda: r.rsplit()[-1] if r.split() else None, "rsplit_ws0": lambda: r.rsplit(None, 0)[0] if r.strip() else None,
        "rsplit_sep": lambda: r.rsplit(b"z")[0], "rsplit_sep0": lambda: r.rsplit(b"a", 0)[0],
        "splitlines": lambda: r.splitlines()[0] if r else None, "splitlines_keep": lambda: r.splitlines(True)[0] if r else None,
        "join1": lambda: b"-".join([r]), "join_tuple": lambda: b"".join((r,)), "join_iter": lambda: b"-".join(iter([r])),
        "bytearray_join": lambda: bytearray(b"-").join([r]), "join2": lambda: b"".join([r, b""]),
        "slice": lambda: r[:], "slice_step": lambda: r[::1], "slice_wide": lambda: r[-9:9], "slice_part": lambda: r[1:],
        "reversed": lambda: r[::-1], "lower": lambda: r.lower(), "expandtabs": lambda: r.expandtabs(),
        "bytes": lambda: bytes(r), "copy_mv": lambda: bytes(memoryview(r)),
    }
    out = []
    for k, f in t.items():
        v = f()
        out.append(f"{k}={'-' if v is None else int(v is r)}")
    print(repr(r), " ".join(out))
