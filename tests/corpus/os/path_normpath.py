# os.path.normpath and commonprefix on str and bytes.
import os.path


def t(f, *a, **k):
    try:
        print(f.__name__, repr(a), '->', repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, repr(a), '!', type(e).__name__, e)


paths = ["", ".", "..", "/", "//", "///", "////", "/..", "/../..", "//..", "///..",
         "a/..", "a/../..", "../a", "../../a/b", "a/./b", "a//b", "a/b/", "a/b/../c",
         "/a/b/../../..", "//a/b", "///a/b", "./.", "./..", "a/../../b/../c",
         "../a/../..", "a/.../b", "...", "a/b/./../..//c/", "\u00e9/../\u00e8"]
for p in paths:
    t(os.path.normpath, p)
    t(os.path.normpath, p.encode())

prefixes = [[], [""], ["a"], ["abc", "abd"], ["abc", "abd", "ab"], ["/usr/lib", "/usr/local"],
            ["same", "same"], ["x", "y"], ["caf\u00e9", "caf\u00e8"], ["\u00e9a", "\u00e9b"],
            ("tuple1", "tuple2"), [[1, 2, 3], [1, 2, 4]], [(1, 2), (1, 3)], [["a", "b"], ["a", "c"]],
            [[1], [1, 2]]]
for m in prefixes:
    t(os.path.commonprefix, m)
    if m and isinstance(m[0], str):
        t(os.path.commonprefix, [s.encode() for s in m])
t(os.path.commonprefix, "abc")
t(os.path.commonprefix, ["a", b"a"])
t(os.path.commonprefix, [1, 2])
t(os.path.commonprefix, None)
