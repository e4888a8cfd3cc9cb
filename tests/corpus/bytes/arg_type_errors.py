# Every bytes/bytearray method given arguments of the wrong type: the error type and
# message CPython gives (some name the type, 'NoneType'; some say None).
import array
bad = [None, 1, -1, 1.5, "a", [97], (97,), {97: 1}, object(), array.array("i", [1]), memoryview(b"a")]
label = lambda v: type(v).__name__ if isinstance(v, (memoryview, object)) and not isinstance(v, (int, float, str, list, tuple, dict, type(None), array.array)) else repr(v)
one_arg = ["count", "find", "rfind", "index", "rindex", "startswith", "endswith", "split", "rsplit",
           "join", "strip", "lstrip", "rstrip", "partition", "rpartition", "removeprefix",
           "removesuffix", "center", "ljust", "rjust", "zfill", "splitlines", "expandtabs",
           "translate", "decode", "hex", "fromhex", "maketrans", "__contains__", "__add__",
           "__mul__", "__mod__", "__getitem__", "__rmul__"]
ba_only = ["append", "extend", "insert", "remove", "pop", "__setitem__", "__delitem__", "__iadd__", "__imul__"]
for t in (bytes, bytearray):
    for name in one_arg + (ba_only if t is bytearray else []):
        row = []
        for v in bad:
            try:
                if name == "maketrans":
                    r = t.maketrans(v, b"a")
                elif name == "fromhex":
                    r = t.fromhex(v)
                elif name == "insert":
                    r = t(b"ab").insert(0, v)
                elif name == "__setitem__":
                    r = t(b"ab").__setitem__(0, v)
                else:
                    r = getattr(t(b"a b"), name)(v)
                row.append("ok")
            except Exception as e:
                row.append(f"{type(e).__name__}: {e}")
        print(t.__name__, name)
        for v, r in zip(bad, row):
            if r != "ok":
                print("   ", label(v), "->", r)
# Second arguments.
two = [("replace", lambda t, v: t(b"ab").replace(b"a", v)),
       ("replace1", lambda t, v: t(b"ab").replace(v, b"a")),
       ("replace_count", lambda t, v: t(b"ab").replace(b"a", b"b", v)),
       ("center_fill", lambda t, v: t(b"ab").center(5, v)),
       ("ljust_fill", lambda t, v: t(b"ab").ljust(5, v)),
       ("rjust_fill", lambda t, v: t(b"ab").rjust(5, v)),
       ("split_max", lambda t, v: t(b"ab").split(b"a", v)),
       ("rsplit_max", lambda t, v: t(b"ab").rsplit(None, v)),
       ("find_start", lambda t, v: t(b"ab").find(b"a", v)),
       ("count_end", lambda t, v: t(b"ab").count(b"a", 0, v)),
       ("index_start", lambda t, v: t(b"ab").index(b"a", v)),
       ("startswith_start", lambda t, v: t(b"ab").startswith(b"a", v)),
       ("endswith_end", lambda t, v: t(b"ab").endswith(b"a", 0, v)),
       ("translate_delete", lambda t, v: t(b"ab").translate(None, v)),
       ("decode_errors", lambda t, v: t(b"ab").decode("utf-8", v)),
       ("hex_sep", lambda t, v: t(b"ab").hex(v)),
       ("hex_bytes_per_sep", lambda t, v: t(b"ab").hex(":", v)),
       ("maketrans_to", lambda t, v: t.maketrans(b"a", v)),
       ("join_item", lambda t, v: t(b"-").join([b"a", v])),
       ("setitem_slice", lambda t, v: t(b"ab").__setitem__(slice(0, 1), v)),
       ("ctor_encoding", lambda t, v: t("a", v)),
       ("ctor_errors", lambda t, v: t("a", "utf-8", v)),
       ]
for t in (bytes, bytearray):
    for name, f in two:
        if name == "setitem_slice" and t is bytes:
            continue
        print(t.__name__, name)
        for v in bad:
            try:
                f(t, v)
            except Exception as e:
                print("   ", label(v), "->", f"{type(e).__name__}: {e}")
