# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
class S:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        while True:
            pass
while True:
    for x in reversed(S()):
        pass
