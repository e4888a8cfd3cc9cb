# exception attributes: add_note/__notes__, with_traceback, value, code, ...
e = ValueError(1)
try:
    e.add_note(5)
except TypeError as x:
    print(repr(x))
e.add_note("hi")
e.add_note("there")
print(e.__notes__)
e.__notes__ = 5
try:
    e.add_note("x")
except TypeError as x:
    print(repr(x))
try:
    e.add_note()
except TypeError as x:
    print(type(x).__name__)
print(e.with_traceback(None) is e, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(3, 4).code)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k")))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
print(repr(ValueError("a", ("b", "c"))), repr(ValueError(("x",))), repr(ValueError()))
se = SyntaxError("msg", ("f.py", 3, 4, "text\n", 3, 5))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(SyntaxError("m").filename, str(SyntaxError("m")), str(SyntaxError()))
try:
    raise ValueError("bad")
except ValueError as err:
    err.add_note("while testing")
    print(err.__notes__)
base = set(dir(object)) | {"__setstate__"}
for x in [BaseException(), OSError(1), StopIteration(), SystemExit(), SyntaxError(), KeyError(), ImportError(),
          AttributeError(), NameError(), UnicodeDecodeError("a", b"", 0, 0, "r")]:
    print(type(x).__name__, sorted(set(dir(x)) - base))
print(ImportError("m").msg, ImportError("m", "x").msg, ImportError().name, ImportError().path,
      NameError().name, AttributeError().obj, AttributeError().name)
e = ValueError("a")
e.add_note("note1")
e.add_note("note 2")
raise e
