# binascii and base64 on pseudo-random inputs over alphabets rich in the characters
# that matter (padding, line ends, spaces, escapes): one digest line per function.
import base64
import binascii

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def pick(alphabet, n):
    return bytes(alphabet[rand(len(alphabet))] for _ in range(n))


def run(name, f, inputs):
    results = []
    for args in inputs:
        try:
            results.append(repr(f(*args)))
        except Exception as e:
            results.append(type(e).__name__ + ": " + str(e))
    errors = sum(1 for r in results if not r.startswith("b'"))
    print(name, len(results), errors, binascii.crc32("\n".join(results).encode()))


qp_chars = b"ab =_.\t\r\n\x00\x7f\x80\xff="
b64_chars = b"ABab+/09=\n -_!\x80"
uu_chars = b" !#M`\n\rABZ\x7f"
b32_chars = b"ABMZ27=01abm"
a85_chars = b"!u~zy \n<>s8W-"
b85_chars = b"0Az~|{!#"

def mutated(alphabet):
    e = bytearray(binascii.b2a_base64(pick(bytes(range(256)), rand(12)), newline=False))
    for _ in range(rand(3)):
        at = rand(len(e) + 1)
        if rand(2) and at < len(e):
            e[at] = alphabet[rand(len(alphabet))]
        else:
            e[at:at] = bytes([alphabet[rand(len(alphabet))]])
    return bytes(e)


N = 300
run("b2a_qp", lambda d, q, t, h: binascii.b2a_qp(d, q, t, h),
    [(pick(qp_chars, rand(120)), rand(2), rand(2), rand(2)) for _ in range(N)])
run("a2b_qp", lambda d, h: binascii.a2b_qp(d, h), [(pick(qp_chars + b"0A", rand(40)), rand(2)) for _ in range(N)])
run("a2b_base64", lambda d: binascii.a2b_base64(d), [(pick(b64_chars, rand(24)),) for _ in range(N)])
run("a2b_base64 strict", lambda d: binascii.a2b_base64(d, strict_mode=True), [(mutated(b"A=+\n"),) for _ in range(N)])
run("a2b_uu", binascii.a2b_uu, [(pick(uu_chars, rand(30)),) for _ in range(N)])
run("unhexlify", binascii.unhexlify, [(pick(b"09afAFFFFg", 2 * rand(6) + rand(2) * rand(2)),) for _ in range(N)])
def padded(body):
    return body + b"=" * (-len(body) % 8)


run("b32decode", lambda d, c: base64.b32decode(d, c, b"L" if c else None), [(padded(pick(b"ABMZ27ABMZ27a01", rand(20))), rand(2)) for _ in range(N)])
run("b32hexdecode", lambda d: base64.b32hexdecode(d, True), [(pick(b"09AVav=w", 8 * rand(4)),) for _ in range(N)])
run("a85decode", lambda d, f, a: base64.a85decode(d, foldspaces=f, adobe=a), [(pick(a85_chars, rand(20)), rand(2), rand(2)) for _ in range(N)])
run("b85decode", base64.b85decode, [(pick(b85_chars, rand(20)),) for _ in range(N)])
run("b16decode", lambda d, c: base64.b16decode(d, c), [(pick(b"09AFafG", 2 * rand(5) + rand(2) * rand(2)), rand(2)) for _ in range(N)])
run("b64decode", lambda d, v: base64.b64decode(d, b"-_", v), [(mutated(b"A=-_ +").replace(b"+", b"-"), rand(2)) for _ in range(N)])
run("a85encode", lambda d, f, w, p, a: base64.a85encode(d, foldspaces=f, wrapcol=w, pad=p, adobe=a),
    [(pick(b"\x00 a\xff", rand(20)), rand(2), rand(8), rand(2), rand(2)) for _ in range(N)])
run("b85encode", lambda d, p: base64.b85encode(d, p), [(pick(b"\x00 a\xff", rand(20)), rand(2)) for _ in range(N)])
