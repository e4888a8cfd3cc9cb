# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        sys.exit(0)
with CM():
    while True:
        pass
