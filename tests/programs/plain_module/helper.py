"""A helper module."""
print("helper runs once:", __name__)

COUNT = 0


def bump():
    global COUNT
    COUNT += 1
    return COUNT


def where():
    return __name__
