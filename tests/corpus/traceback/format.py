import traceback, sys
def f(x):
    return 1 / x
def g():
    f(0)
try:
    g()
except ZeroDivisionError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.replace(__file__, 'F'))
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(''.join(lines).replace(__file__, 'F'))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), str(te))
try:
    try:
        1/0
    except ZeroDivisionError:
        undefined_name
except NameError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(chain=False, file=sys.stdout)
def h():
    traceback.print_stack(file=sys.stdout)
    return traceback.extract_stack()
st = h()
print([(fs.lineno, fs.name, fs.line) for fs in st])
print(traceback.format_exception_only(None))
traceback.print_exc()
