# json.decoder's Python pieces (JSONObject, JSONArray, py_scanstring, the regexes and
# tables) and JSONDecoder's attributes: replacing scan_once or parse_object as CPython
# permits, the settings a scanner takes when made, and the memo.
import json
import json.decoder as D
from json.scanner import make_scanner, py_make_scanner


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except StopIteration as e:
        print(label, 'StopIteration', e.value)
    except json.JSONDecodeError as e:
        print(label, 'JSONDecodeError', e.msg, e.pos, '|', e)
    except Exception as e:
        print(label, type(e).__name__, e)


print(D.__all__, D.WHITESPACE_STR == ' \t\n\r', D.WHITESPACE.pattern)
print(D.STRINGCHUNK.pattern, D.FLAGS == D.STRINGCHUNK.flags - 32, sorted(D.BACKSLASH.items()))
print(D.NaN != D.NaN, D.PosInf, D.NegInf, sorted(D._CONSTANTS))
print(D.scanstring is D.c_scanstring, D.c_scanstring is not None, D.scanner is json.scanner)
print(D.JSONDecodeError.__mro__[1:])
print(D.WHITESPACE.match(' \n\tx', 0).end(), D.WHITESPACE.match('abc', 1).end())

# scanstring: the native one and the Python one (whose messages name the character).
cases = [('"abc"', 1), ('x"ab\\"c\\\\d\\/e" tail', 2), ('"\\b\\f\\n\\r\\t"', 1),
         ('"\\u0041\\u00e9\\u20AC"', 1), ('"\\ud83d\\ude00!"', 1),
         ('"\u00e9\u00e8" x', 1), ('""', 1), ('"abc', 1), ('"a\\', 1), ('"a\\x"', 1),
         ('"a\\u00"', 1), ('"a\\u00g0"', 1), ('"a\\u0x12"', 1), ('"a\\uX012"', 1),
         ('"tab\there"', 1), ('"nl\nhere"', 1), ('"\x1f"', 1), ('"abc"', 0),
         ('"abc"', 5), ('"abc"', 6)]
for text, end in cases:
    for name in ('c_scanstring', 'py_scanstring'):
        show(name, getattr(D, name), text, end)
    show('py_scanstring strict=False', D.py_scanstring, text, end, False)
show('c_scanstring strict=False', D.c_scanstring, '"a\tb\x00c"', 1, False)
show('_decode_uXXXX', D._decode_uXXXX, '\\u00e9', 0)
show('_decode_uXXXX', D._decode_uXXXX, '\\u0x12', 0)

# JSONObject and JSONArray called directly: ((s, end), ...) with end after the bracket.
scan = py_make_scanner(json.JSONDecoder())
for text in ['{}', '{ }', '{"a": 1}', '{"a" : [1, 2] , "b":{"c":null}}', '{\n"a":\n1\n}',
             '{"a":1,"a":2}', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1', '{"a": 1 x',
             '{1}', '{', '{"a":1,  "b"', '{"a":  \t 1}']:
    show('JSONObject', D.JSONObject, (text, 1), True, scan, None, None)
    show('JSONObject memo', D.JSONObject, (text, 1), True, scan, None, None, {})
show('JSONObject hook', D.JSONObject, ('{"b": 2, "a": 1}', 1), True, scan,
     lambda d: sorted(d.items()), None)
show('JSONObject pairs', D.JSONObject, ('{"b": 2, "a": 1}', 1), True, scan,
     lambda d: 'ignored', lambda p: p[::-1])
show('JSONObject empty pairs', D.JSONObject, ('{}', 1), True, scan, None, tuple)
show('JSONObject empty hook', D.JSONObject, ('{}', 1), True, scan, len, None)
show('JSONObject strict', D.JSONObject, ('{"a\tb": 1}', 1), True, scan, None, None)
show('JSONObject lax', D.JSONObject, ('{"a\tb": 1}', 1), False, scan, None, None)
for text in ['[]', '[ ]', '[1]', '[ 1 , [2] , "x" ]', '[1,]', '[1 2]', '[1', '[',
             '[1,  \n 2]', '[,1]']:
    show('JSONArray', D.JSONArray, (text, 1), scan)
memo = {}
show('JSONObject memo', D.JSONObject, ('{"k": {"k": 1}}', 1), True, scan, None, None, memo)
print('memo', memo)

# The memo: equal keys share one str while a document is read, then it is emptied.
doc = '[{"key_%s": 1}, {"key_%s": 2}]' % ('x' * 3, 'x' * 3)
for maker in (make_scanner, py_make_scanner):
    dec = json.JSONDecoder()
    dec.scan_once = maker(dec)
    a, b = dec.decode(doc)
    print(maker is make_scanner, list(a)[0] is list(b)[0], dec.memo)
seen = []
dec = json.JSONDecoder(object_hook=lambda d: seen.append(sorted(dec.memo)) or d)
dec.scan_once = py_make_scanner(dec)
print(dec.decode('{"a": {"b": 1}, "c": 2}'), seen, dec.memo)

# JSONDecoder's attributes, as CPython sets them (here parse_object and parse_array join
# the instance when first read: see docs/differences.md).
dec = json.JSONDecoder()
print(dec.parse_object is D.JSONObject, dec.parse_array is D.JSONArray, sorted(vars(dec)))
print(dec.parse_object is D.JSONObject, dec.parse_array is D.JSONArray,
      dec.parse_string is D.scanstring, dec.memo, dec.parse_float, dec.parse_int,
      dec.object_hook, dec.object_pairs_hook, dec.strict)
print(dec.parse_constant('Infinity'), type(dec.scan_once))

# The native scanner takes the settings when it is made: changing them afterwards
# changes nothing until scan_once is made again.
dec = json.JSONDecoder()
dec.object_hook = lambda d: 'HOOKED'
dec.parse_object = lambda *a: ('IGNORED', 0)
print(dec.decode('{"a": 1}'), json.loads('{"a": 1}'))
dec.scan_once = make_scanner(dec)
print(dec.decode('{"a": 1}'), dec.raw_decode('{"a": 1} x'))
dec.scan_once = py_make_scanner(dec)
show('parse_object replaced', dec.decode, '[1, {"a": 1}]')


def parse_object(s_and_end, strict, scan_once, object_hook, pairs_hook, memo):
    obj, end = D.JSONObject(s_and_end, strict, scan_once, object_hook, pairs_hook, memo)
    return ('OBJ', obj), end


def parse_array(s_and_end, scan_once):
    arr, end = D.JSONArray(s_and_end, scan_once)
    return tuple(arr), end


def parse_string(s, end, strict):
    text, end = D.py_scanstring(s, end, strict)
    return text.upper(), end


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parse_object = parse_object
        self.parse_array = parse_array
        self.parse_string = parse_string
        self.scan_once = py_make_scanner(self)


doc = ' {"name": "minipy", "list": [1, 2.5, {"x": "y"}], "ok": true} '
print(Decoder().decode(doc))
print(json.loads(doc, cls=Decoder))
print(json.loads(doc, cls=Decoder, object_hook=lambda d: sorted(d)))
print(Decoder().raw_decode('["a", ["b"]] tail'))
for bad in ['', '   ', '[1,]', '{"a": 1} x', '{"a" 1}', '"abc', '[1, 2', 'nul',
            '["\\q"]', '["a\tb"]']:
    show('Decoder', Decoder().decode, bad)
    show('JSONDecoder', json.JSONDecoder().decode, bad)
show('lax Decoder', Decoder(strict=False).decode, '["a\tb"]')
show('raw_decode', Decoder().raw_decode, '  [1]', 0)
show('raw_decode', Decoder().raw_decode, '  [1]', 2)
show('raw_decode', json.JSONDecoder().raw_decode, '  [1]', 2)
show('raw_decode', json.JSONDecoder().raw_decode, '[1]', 5)


class Counting(json.JSONDecoder):
    """A scan_once that wraps the native scanner."""
    def __init__(self, **kw):
        super().__init__(**kw)
        native = self.scan_once
        self.calls = []

        def scan_once(s, idx):
            self.calls.append(idx)
            return native(s, idx)
        self.scan_once = scan_once


c = Counting()
print(c.decode('  [1, {"a": 2}]  '), c.calls)
show('Counting', Counting().decode, '  x')
show('Counting', Counting().decode, '[1] 2')

# decode of something that is not a str, as CPython's whitespace match reports it.
for bad in [b'[1]', 1, None]:
    show('decode', json.JSONDecoder().decode, bad)
    show('raw_decode', json.JSONDecoder().raw_decode, bad)
    show('Decoder', Decoder().decode, bad)
