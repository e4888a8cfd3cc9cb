# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError
while True:
    try:
        with CM():
            while True:
                pass
    except ValueError:
        pass
