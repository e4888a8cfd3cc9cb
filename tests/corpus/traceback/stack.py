import sys
import traceback


def level3():
    traceback.print_stack(file=sys.stdout)
    return [(f.lineno, f.name, f.line) for f in traceback.extract_stack()]


def level2():
    return level3()


print(level2())
print(''.join(traceback.format_stack()).count('File'))
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
fs = traceback.FrameSummary('x.py', 3, 'fn', line='  y = 2  ')
print(repr(fs), fs.line, list(fs), fs == ('x.py', 3, 'fn', 'y = 2'), len(fs), fs[2])


class MyError(Exception):
    pass


def boom(n):
    if n == 0:
        raise MyError('deep', 42)
    boom(n - 1)


try:
    boom(5)
except MyError:
    text = traceback.format_exc()
    print(text.count('in boom'), text.splitlines()[-1])
    print(traceback.format_exc(limit=2).count('File'))

try:
    raise KeyError('k')
except KeyError as e:
    print(traceback.format_exception_only(e))
    e.add_note('a note')
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), list(te.format())[-1])

try:
    exec('x = (1,')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))

try:
    try:
        raise ValueError('inner')
    except ValueError:
        raise TypeError('outer') from None
except TypeError as e:
    print(''.join(traceback.format_exception(e)))
print(traceback.format_exc())
try:
    traceback.format_exception(ValueError('x'), None)
except ValueError as e:
    print(type(e).__name__, e)
