# The module's functions raise the struct.error they were made with: rebinding or
# deleting the module attribute does not change it.
import struct
orig = struct.error
class E(Exception):
    pass
struct.error = E
try:
    struct.pack("z")
except E:
    print("raised the rebound class")
except Exception as e:
    print(type(e), type(e) is orig)
del struct.error
try:
    struct.Struct("<q").pack_into(bytearray(4), 0, 1)
except Exception as e:
    print(type(e), type(e) is orig, e)
import struct as again
print(again is struct, hasattr(again, "error"))
