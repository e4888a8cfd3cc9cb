for name in ["ZeroDivisionError", "KeyError", "IndexError", "UnicodeDecodeError", "ModuleNotFoundError", "RecursionError", "BufferError", "StopIteration", "KeyboardInterrupt", "SystemExit"]:
    cls = eval(name) if False else {"ZeroDivisionError": ZeroDivisionError, "KeyError": KeyError, "IndexError": IndexError, "UnicodeDecodeError": UnicodeDecodeError, "ModuleNotFoundError": ModuleNotFoundError, "RecursionError": RecursionError, "BufferError": BufferError, "StopIteration": StopIteration, "KeyboardInterrupt": KeyboardInterrupt, "SystemExit": SystemExit}[name]
    print(name, [c.__name__ for c in cls.__mro__])
e = ValueError("a", 1)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except Exception as err:
    print(type(err).__name__, err, err.code, err.args, isinstance(err, Exception))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    print(repr(t), repr(t.__context__), t.__cause__)
try:
    raise RuntimeError("x") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__)
def cleanup():
    try:
        return "try"
    finally:
        print("finally before return")
print(cleanup())
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
loop_finally()
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("assert:", repr(e))
try:
    int("12x")
except (TypeError, ValueError) as e:
    print("tuple handler:", e)
try:
    raise 5
except TypeError as e:
    print(e)
x = "kept"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
