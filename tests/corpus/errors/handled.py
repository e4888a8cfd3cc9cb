def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return int("nope")
    if kind == 3:
        return undefined_thing
    if kind == 4:
        return 1 / 0
    if kind == 5:
        return len(5)
    if kind == 6:
        return "a" + 1
    if kind == 7:
        return None.attr
    if kind == 8:
        raise ValueError("custom", 42)
    if kind == 9:
        assert kind == 0, "assertion message"
    return "ok"

for k in range(11):
    try:
        print(k, risky(k))
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, e)
    except Exception as e:
        print(k, type(e).__name__, str(e), repr(e), e.args)
    finally:
        pass
try:
    raise TypeError
except TypeError as e:
    print("bare class:", repr(e), e.args)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("outer caught", e)
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", repr(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(BufferError, Exception))
