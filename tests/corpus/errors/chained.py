def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input") from e

try:
    parse("x")
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))

try:
    {}["k"]
except KeyError:
    x = 1 / 0
