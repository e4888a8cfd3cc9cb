# args: --timeout 20
# expect: BufferError Existing exports of data: object cannot be re-sized
import struct
b = bytearray(8)
class I:
    def __index__(self):
        b.clear()
        return 0
try:
    struct.unpack_from("<i", b, I())
except BufferError as e:
    print("BufferError", e)
