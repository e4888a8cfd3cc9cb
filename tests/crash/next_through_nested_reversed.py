# args: --timeout 20
# expect: RecursionError maximum recursion depth exceeded
class S:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return next(reversed(S()))
try:
    next(reversed(S()))
except RecursionError as e:
    print("RecursionError", e)
