# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
class K:
    def __hash__(self):
        while True:
            pass
while True:
    try:
        hasattr(K(), "x") or {K(): 1}
    except BaseException:
        pass
