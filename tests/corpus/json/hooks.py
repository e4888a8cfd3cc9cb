# loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
# and what a hook raises.
import json


class OrderedDict(dict):
    def __init__(self, pairs):
        super().__init__(pairs)
        self.order = [k for k, v in pairs]

    def __repr__(self):
        return "OD(%r)" % (self.order,)

doc = '{"b": 1, "a": [1.5, 2, {"c": NaN}], "d": {"e": -Infinity}}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=dict, object_pairs_hook=tuple))
print(json.loads(doc, parse_float=lambda s: "F" + s))
print(json.loads(doc, parse_int=lambda s: "I" + s))
print(json.loads(doc, parse_constant=lambda s: "C" + s))
print(json.loads('[1, 1.0, 1e2]', parse_int=float, parse_float=str))
print(json.loads('{}', object_hook=lambda d: "empty"))
print(json.loads('{}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('[{"a": {"b": {}}}]', object_hook=lambda d: len(d)))

def boom(s):
    raise ValueError("no constants: " + s)

for d in ['NaN', '[Infinity]', '{"x": -Infinity}']:
    try:
        json.loads(d, parse_constant=boom)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    json.loads('[1, 2]', parse_int=lambda s: 1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    json.loads('{"a": 1}', cls=None, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

print(json.loads('{"a": "\u00e9", "b": 2}', object_pairs_hook=lambda p: [k for k, v in p]))
