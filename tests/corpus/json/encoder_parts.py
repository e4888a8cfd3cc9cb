# json.encoder's Python pieces (py_encode_basestring[_ascii], the escape tables,
# _make_iterencode) and the public names of the json modules.
import json
import json.decoder
import json.encoder as E
import json.scanner

for mod in (json, json.decoder, json.encoder, json.scanner):
    print(mod.__name__, [n for n in dir(mod) if not n.startswith('_')])
print(json.__author__, json.__version__, json.codecs.BOM_UTF8)

print(E.ESCAPE.pattern, E.ESCAPE_ASCII.pattern, E.HAS_UTF8.pattern)
print(len(E.ESCAPE_DCT), E.ESCAPE_DCT['\x00'], E.ESCAPE_DCT['\x1f'], E.ESCAPE_DCT['\n'],
      E.ESCAPE_DCT['"'], E.ESCAPE_DCT['\\'])
print(E.HAS_UTF8.search(b'abc'), E.HAS_UTF8.search(b'ab\xc3\xa9').start())
print(E.encode_basestring is E.c_encode_basestring,
      E.encode_basestring_ascii is E.c_encode_basestring_ascii, E.INFINITY)
texts = ['', 'plain', 'quote " and \\ slash /', 'ctl \x00\x01\x1f\x7f', '\b\f\n\r\t',
         'caf\u00e9 \u20ac \U0001f600 \uffff', '\u2028\u2029']
for t in texts:
    a, b = E.py_encode_basestring(t), E.c_encode_basestring(t)
    c, d = E.py_encode_basestring_ascii(t), E.c_encode_basestring_ascii(t)
    print(a == b, c == d, a, c)
for bad in [1, None, b'x']:
    for f in (E.py_encode_basestring, E.py_encode_basestring_ascii):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)


def floatstr(o, allow_nan=True):
    if o != o:
        return 'NaN'
    if o in (E.INFINITY, -E.INFINITY):
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return 'Infinity' if o > 0 else '-Infinity'
    return float.__repr__(o)


def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')


doc = {'b': [1, 2.5, None, True, False, 'x\u00e9', {'z': float('inf')}], 'a': {3, 1, 2},
       1: 'int key', 2.5: 'float key', None: 'none', True: 't', 'e': [], 'f': {}}
for indent in (None, 2, '\t'):
    for sort_keys in (False,):
        it = E._make_iterencode({}, default, E.py_encode_basestring_ascii, indent, floatstr,
                                ': ', ', ' if indent is None else ',', sort_keys, False, False)
        chunks = list(it(doc, 0))
        text = ''.join(chunks)
        print(len(chunks), text)
        print(text == json.dumps(doc, indent=indent, default=default))
it = E._make_iterencode(None, default, E.py_encode_basestring, None, floatstr, ':', ',',
                        True, True, True)
print(''.join(it({'b': 1, 'a': [1, 2]}, 0)))
it = E._make_iterencode(None, default, E.py_encode_basestring, None, floatstr, ':', ',',
                        False, True, False)
print(''.join(it({'b': 1, (1, 2): 'skipped', 'a': 2}, 0)))
loop = []
loop.append(loop)
for value in [loop, {'k': object()}, {(1,): 1}]:
    it = E._make_iterencode({}, default, E.py_encode_basestring, None, floatstr, ':', ',',
                            False, False, False)
    try:
        print(''.join(it(value, 0)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
