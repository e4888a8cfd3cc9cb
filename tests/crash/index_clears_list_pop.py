# args: --timeout 20
# expect: IndexError pop from empty list
l = [1, 2, 3]
class I:
    def __index__(self):
        l.clear()
        return 0
try:
    l.pop(I())
except IndexError as e:
    print("IndexError", e)
