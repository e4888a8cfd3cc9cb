# Pascal strings longer than 255 bytes: all the data that fits is packed, the length
# byte saturates at 255, and unpacking reads 255 bytes.
import struct
for n in [255, 256, 257, 300, 1000]:
    g = struct.pack('%dp' % n, b'x' * 1000)
    print(n, g[:3], len(g), g.count(b'x'), struct.unpack('%dp' % n, g)[0][:3], len(struct.unpack('%dp' % n, g)[0]))
