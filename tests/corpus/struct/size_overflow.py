# Struct sizes are Py_ssize_t: formats whose total passes it are "too long", never a
# wrapped-around size.
import struct

for fmt in ['<q4611686018427387904H', '>10000000000000000000p', '9223372036854775807x',
            '9223372036854775808x', '@i4611686018427387903h', '=2305843009213693952q',
            '@q1152921504606846976Q', '99999999999999999999999999s', '0s', '0q']:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, "error:", e)
    try:
        print(struct.unpack(fmt, b'a'))
    except struct.error as e:
        print("unpack error:", e)
