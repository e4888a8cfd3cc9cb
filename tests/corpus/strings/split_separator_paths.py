# str.split(sep): the one-argument call's fast path and the general one give the same parts
# (empty parts, overlapping separators, multi-byte text, subclasses, bad separators).
for t, sep in [("a-b", "-"), ("", "-"), ("-", "-"), ("--", "-"), ("aaa", "aa"), ("aaaa", "aa"), ("x", "xyz"), ("héllo wörld", "ö"), ("a--b--", "--"), ("abc", "abc")]:
    print(repr(t), repr(sep), t.split(sep), t.split(sep, 1), t.split(sep=sep), t.rsplit(sep))
for bad in ["", None, 1, b"-"]:
    try:
        print("a b".split(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S(str): pass
print(S("a-b").split("-"), "a-b".split(S("-")), type(S("a-b").split("-")[0]))
print(len(("ab" * 50000).split("b")), ("x" * 70000).split("x")[-2:], "a,b,,c".split(","))
