# an error in exec'd code: its frames are "<string>"
def run():
    exec("def inner():\n    return 1 / 0\nx = 1\ny = inner()")

try:
    run()
except ZeroDivisionError as e:
    print("caught", e)
run()
