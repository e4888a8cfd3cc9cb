__all__ = ["square", "Circle"]


def square(x):
    return x * x


class Circle:
    pass


def _private():
    pass


def not_listed():
    pass
