# match with subclasses of built-in types: self-matching class patterns, sequences, mappings.
class MyInt(int):
    pass
class Word(str):
    __match_args__ = ('text',)
    @property
    def text(self):
        return str(self)
class Reg(dict):
    def __missing__(self, k):
        return 'missing'
class Row(list):
    pass
for v in (MyInt(5), 7, Word('hi'), Reg(a=1), Row([1, 2, 3]), 'plain'):
    match v:
        case MyInt(x):
            print('MyInt', x, type(x).__name__)
        case int(x):
            print('int', x)
        case Word(t):
            print('Word', t)
        case {'a': a, 'zz': z}:
            print('both', a, z)
        case {'a': a}:
            print('mapping', a)
        case [first, *rest]:
            print('seq', first, rest)
        case str(s):
            print('str', s)
