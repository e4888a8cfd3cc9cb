# Module types name their module; list.index bounds keep __index__'s own error; byte indexes.
import array, struct
a = array.array('i', [1])
print(array.array, struct.Struct, type(a), type(struct.Struct('i')), struct.error, int, type(iter([])))
print(array.array.__module__, struct.Struct.__module__, int.__module__, a.__module__, struct.error.__module__)
print('__module__' in dir(array.array))
KEY = 'x'


class I:
    def __index__(self):
        raise ValueError("from __index__")
for f in [lambda: [1, 2].index(2, I()), lambda: [1].index(1, None), lambda: [1].index(1, 'x'), lambda: b'ab'[KEY], lambda: b'ab'[10**20], lambda: b'ab'[True]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
