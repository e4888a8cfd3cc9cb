"""Shapes."""
import sys

SIDES = {"square": 4}


class Square:
    def sides(self):
        return SIDES["square"]


def describe():
    return f"{__name__}: {sorted(SIDES)}"


def add(name, n):
    SIDES[name] = n
    globals()["LAST"] = name


def me():
    return sys.modules[__name__]


class ShapeError(Exception):
    pass


def fail():
    raise ShapeError("no such shape")
