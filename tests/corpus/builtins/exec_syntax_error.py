# an uncaught SyntaxError from exec prints the source line and caret
def f():
    exec("x = 1 +\n")

f()
