print("fragile: running")
STATE = "set"


def fail():
    raise KeyError("inner")


fail()
