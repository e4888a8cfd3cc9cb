# args: --timeout 20 --max-steps 100000
# expect: minipy: step limit of 100000 exceeded
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
