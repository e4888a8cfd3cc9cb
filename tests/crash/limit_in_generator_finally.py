# args: --timeout 1
# expect: minipy: time limit exceeded
# status: 1
def g():
    try:
        yield 1
        while True:
            pass
    finally:
        print("finally ran")
        while True:
            pass
for x in g():
    pass
