# find/count/rfind where matches sit on either side of the 256-byte boundary at which
# the search switches from first-byte jumps to memmem.
hay = b"ab" * 300 + b"abc" + b"x" * 10 + b"abc"
for needle in [b"abc", b"ba", b"xabc", b"cx", b"zz", b"bab", b"x" * 11, b"abab", b"cxx", b"xxa"]:
    print(needle, hay.find(needle), hay.find(needle, 250), hay.find(needle, 255, 700), hay.count(needle), hay.rfind(needle))
for k in range(250, 262):
    h = b"q" * k + b"needle" + b"q" * 5
    print(k, h.find(b"needle"), h.find(b"eedl"), h.find(b"needle", k))
