class S:
    __slots__ = ('value',)
S().valu = 1
