# json.loads of valid documents: every value kind, whitespace, escapes, numbers.
import json

docs = [
    'null', 'true', 'false', '0', '-0', '-0.0', '1', '-1', '12345678901234567890123456789',
    '1.5', '1e3', '1E3', '1e-3', '1.5e+3', '-2.5E-2', '1E400', '-1e400', '0.1', '3.14159',
    '1.7976931348623157e308', '5e-324', '2e-400', 'NaN', 'Infinity', '-Infinity',
    '""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"',
    '"\\ud83d\\ude00"', '"\\uD834\\uDD1E"', '"caf\u00e9 \u20ac \U0001f600"',
    '[]', '{}', '[1, 2, 3]', '{"a": 1, "b": [true, false, null]}',
    ' \t\n\r [ 1 , { "x" : [ ] } ] \n ', '{"a": 1, "a": 2}', '{"b": 1, "a": 2, "b": 3}',
    '[[[[[[[[[[]]]]]]]]]]', '{"": ""}', '"\\u0000"', '[1.0, 2.50, -0e0, 0E+1]',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'[1]')))
print(json.loads('"caf\u00e9"'.encode('utf-8')))
print(json.loads('{"x": "\u00e9"}'.encode('utf-16')))
print(json.loads('{"x": "\u00e9"}'.encode('utf-16-le')))
print(json.loads('{"x": "\u00e9"}'.encode('utf-16-be')))
print(json.loads('[1]'.encode('utf-32')))
print(json.loads('[1]'.encode('utf-32-le')))
print(json.loads('[1]'.encode('utf-32-be')))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('"a\x01b\nc"', strict=False))

big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(big), sum(big))
for v in [0, 1.5, -2.25e-10, 10**25, "s\u00e9\U0001f600", [1, {"a": None}], {"k": [True]}]:
    print(json.loads(json.dumps(v)) == v, json.loads(json.dumps(v, ensure_ascii=False)) == v)
