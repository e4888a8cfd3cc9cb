# args: --timeout 20
# expect: IndexError pop from empty bytearray
b = bytearray(b"ab")
class I:
    def __index__(self):
        b.clear()
        return 1
try:
    b.pop(I())
except IndexError as e:
    print("IndexError", e)
