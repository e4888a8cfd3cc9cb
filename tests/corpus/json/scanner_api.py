# json.scanner: the native scanner (make_scanner) and the Python one (py_make_scanner)
# on every kind of value, their positions, StopIteration and errors.
import json
import json.scanner
import json.decoder
from json.scanner import make_scanner, py_make_scanner, NUMBER_RE

print(json.scanner.__all__, json.scanner.c_make_scanner is make_scanner)
print(make_scanner)
print(type(json.JSONDecoder().scan_once) is make_scanner)
print(NUMBER_RE.pattern, NUMBER_RE.flags == (json.decoder.FLAGS | 32))
for text in ['-12.5e3', '0', '012', '1.', '1e', '-', '3.25E-2x']:
    m = NUMBER_RE.match(text)
    print(repr(text), m and (m.groups(), m.end()))

DOCS = [
    '"abc"', '"a\\nb\\u00e9\\ud83d\\ude00"', '{}', '[]', '{"a": 1, "b": [2, 3.5]}',
    '[1, "x", null, true, false]', 'null', 'true', 'false', '0', '-0', '123', '-7',
    '1.5', '-2.5e-3', '1E+2', '12345678901234567890123', 'NaN', 'Infinity',
    '-Infinity', '[ ]', '{ }', '[1 , 2 ]', '{ "k" : "v" , "k2":{} }', '"\u00e9t\u00e9"',
]


def show(label, scan, text, idx):
    try:
        print(label, repr(text), idx, '->', repr(scan(text, idx)))
    except StopIteration as e:
        print(label, repr(text), idx, 'StopIteration', e.value, e.args,
              e.__context__ is None)
    except json.JSONDecodeError as e:
        print(label, repr(text), idx, 'JSONDecodeError', e.msg, e.pos, e.lineno,
              e.colno, '|', e)
    except (ValueError, TypeError) as e:
        print(label, repr(text), idx, type(e).__name__, e)


for maker in (make_scanner, py_make_scanner):
    label = 'c ' if maker is make_scanner else 'py'
    scan = maker(json.JSONDecoder())
    for doc in DOCS:
        show(label, scan, doc, 0)
        show(label, scan, '  xx' + doc + ' tail', 4)
    # No value where one should start.
    for text, idx in [('', 0), ('abc', 0), ('[1]', 3), ('[1]', 10), ('nul', 0),
                      ('-', 0), ('-x', 0), ('+1', 0), ('.5', 0), (' 1', 0),
                      ('tru', 0), ('Inf', 0), ('-Inf', 0), (']', 0), ('}', 0)]:
        show(label, scan, text, idx)
    # Errors inside a value.
    for text in ['[1,]', '[1 2]', '[', '[1', '{', '{"a"', '{"a" 1}', '{"a":}',
                 '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', '{"a":1', '"abc',
                 '"a\\qb"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"a\\',
                 '"tab\there"', '"nl\nhere"', '[1,\n  2,\n  ]', '{"a": [1, {"b": x}]}',
                 '["a", "b\x01"]', '[-]', '[1.]', '[01]']:
        show(label, scan, text, 0)
    # Negative and odd indices, non-str input.
    show(label, scan, '[1]', 1)
    show(label, scan, 'ab1', 2)

# The native scanner checks its arguments as CPython's does.
scan = make_scanner(json.JSONDecoder())
for args in [(b'1', 0), ('1', -1)]:
    try:
        scan(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(scan.strict, scan.object_hook, scan.object_pairs_hook, scan.parse_float,
      scan.parse_int)
print(scan.parse_constant('NaN'), scan.parse_constant('-Infinity'))

# strict=False lets control characters through, in both scanners.
for maker in (make_scanner, py_make_scanner):
    scan = maker(json.JSONDecoder(strict=False))
    print(repr(scan('["a\tb", "c\nd", "\x00"]', 0)))
    print(make_scanner(json.JSONDecoder(strict=0)).strict)


# Hooks through both scanners.
def hooked(**kw):
    return json.JSONDecoder(**kw)


calls = []


def object_hook(d):
    calls.append(('object', sorted(d)))
    return ('OBJ', sorted(d.items()))


def pairs_hook(pairs):
    calls.append(('pairs', pairs))
    return ('PAIRS', pairs)


def parse_float(text):
    calls.append(('float', text))
    return ('F', text)


def parse_int(text):
    calls.append(('int', text))
    return ('I', text)


def parse_constant(name):
    calls.append(('constant', name))
    if name == 'NaN':
        raise ValueError('no NaN here: ' + name)
    return ('C', name)


doc = '{"b": [1, 2.5, -3e2, Infinity, -Infinity], "a": {"x": {}}, "c": []}'
for maker in (make_scanner, py_make_scanner):
    for kw in [dict(object_hook=object_hook), dict(object_pairs_hook=pairs_hook),
               dict(object_hook=object_hook, object_pairs_hook=pairs_hook),
               dict(parse_float=parse_float, parse_int=parse_int,
                    parse_constant=parse_constant)]:
        del calls[:]
        dec = hooked(**kw)
        print(maker is make_scanner, sorted(kw), maker(dec)(doc, 0))
        print('  calls', calls)
    dec = hooked(parse_constant=parse_constant)
    show('const', maker(dec), '[1, NaN]', 0)
    dec = hooked(parse_float=lambda t: 1 / 0)
    try:
        maker(dec)('[1.5]', 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
