# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    f()
