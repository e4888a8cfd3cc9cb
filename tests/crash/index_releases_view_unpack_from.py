# args: --timeout 20
# expect: BufferError memoryview has 1 exported buffer
import struct
m = memoryview(bytearray(8))
class I:
    def __index__(self):
        m.release()
        return 0
try:
    struct.unpack_from("<i", m, I())
except BufferError as e:
    print("BufferError", e)
