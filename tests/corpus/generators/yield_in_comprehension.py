# A yield inside a comprehension is a SyntaxError in Python 3.8+; its outermost
# iterable belongs to the enclosing function, where a yield is fine.


def fine():
    return [x for x in (yield)]


def broken():
    return [x for x in range(3) if (yield x)]
