# args: --timeout 20
# expect: [0]
l = [1, 2, 3]
class I:
    def __index__(self):
        l.clear()
        return 5
l.insert(I(), 0)
print(l)
