# args: --timeout 20
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x00')
import struct
b = bytearray(8)
class I:
    def __index__(self):
        b.clear()
        return 1
try:
    struct.pack_into("<i", b, 0, I())
except BufferError as e:
    print("BufferError", e)
print(b)
