from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)


attempt('Color(7)', lambda: Color(7))
attempt("Color('RED')", lambda: Color('RED'))
attempt("Color['X']", lambda: Color['X'])
attempt('Color.X', lambda: Color.X)


def reassign():
    Color.RED = 5


def delete():
    del Color.RED


attempt('reassign', reassign)
attempt('delete', delete)


def extend():
    class More(Color):
        BLUE = 3


attempt('extend', extend)
attempt('1 in Color', lambda: 1 in Color)
attempt("'RED' in Color", lambda: 'RED' in Color)


def mro_name():
    class Bad(Enum):
        mro = 1


attempt('mro', mro_name)


def sunder():
    class Bad(Enum):
        _x_ = 1


attempt('sunder', sunder)


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


attempt('missing bad', lambda: Missing(5))


class Empty(Enum):
    pass


attempt('Empty(1)', lambda: Empty(1))
attempt('len(Empty)', lambda: len(Empty))
attempt('list(Empty)', lambda: list(Empty))


class Sub(Empty):
    A = 1


attempt('Sub.A', lambda: repr(Sub.A))
attempt('IntEnum bad', lambda: IntEnum('X', {'A': 'a'}))
attempt('Color.RED.value = 3', lambda: setattr(Color.RED, 'foo', 3) or Color.RED.foo)
attempt('Color.GREEN < Color.RED', lambda: Color.GREEN < Color.RED)
