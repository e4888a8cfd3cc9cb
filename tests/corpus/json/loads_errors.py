# json.loads errors: JSONDecodeError's message, msg, pos, lineno, colno for each case,
# and the other exceptions loads raises.
import json

cases = [
    '', ' ', 'x', '"abc', '"a\x01b"', '"a\\q"', '"\\u12"', '"\\u12x4"', '"\\u1234',
    '"\\ud800\\u12"', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}',
    '[', '[1', '[1,', '[1,]', '[1 2]', '{"a" 1}', '1 2', 'nul', 'tru', 'fals', '-',
    '-a', '01', '1.', '1e', '1e+', '.5', '+1', '"\\', '"\\"', '[1]\n  x',
    '\n\n  [', '{"a":1 "b":2}', '"\t"', '\ufeff[]', '[-]', '["a",]', '[1]]', '{}}',
    'NaNa', 'infinity', '[1,\n2,\n3,\n]', '{"a":\n{"b": [1, 2,\n x]}}',
    '"\u00e9\u00e9" x', '["\u00e9", x]', "{'a': 1}", '[1,,2]', '{"a":1,,"b":2}',
]
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno,
              e.doc == c, isinstance(e, ValueError))

for bad in [None, 1, 1.5, [], object()]:
    try:
        json.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

try:
    json.loads('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)

e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
print(issubclass(json.JSONDecodeError, ValueError))
