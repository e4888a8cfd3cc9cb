# JSONEncoder / JSONDecoder: subclasses overriding default, encode, iterencode;
# raw_decode; cls= in dumps/loads; dict, list, str, int and float subclasses.
import json
from json import JSONEncoder, JSONDecoder

class SetEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {2, 1}}, cls=SetEncoder))
print(json.dumps({"s": frozenset([3])}, cls=SetEncoder, indent=2))
try:
    json.dumps({"o": object()}, cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__, e)

enc = JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": [1, 2], "a": None}))
print(enc.item_separator, repr(enc.key_separator))
print(list(JSONEncoder().iterencode({"a": [1, 2, {"b": None}], "c": "x"})))
print(list(JSONEncoder(indent=1).iterencode([1, [2], {}])))
print(list(JSONEncoder().iterencode([])), list(JSONEncoder().iterencode("s")))
print(list(JSONEncoder(separators=(",", ":")).iterencode({"k": [True, False]})))
print(JSONEncoder().encode("\u00e9"), JSONEncoder(ensure_ascii=False).encode("\u00e9"))
print(JSONEncoder(default=lambda o: "D").encode([object()]))

class Upper(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"a": "b"}, cls=Upper))

class D(dict):
    pass

class L(list):
    pass

class S(str):
    def __str__(self):
        return "not this"

class I(int):
    def __repr__(self):
        return "not this"

class F(float):
    def __repr__(self):
        return "not this"

print(json.dumps(D(a=1, b=L([1, 2]))))
print(json.dumps([S("str"), I(42), F(2.5), {S("k"): I(1)}, {I(3): F(0.5)}]))
print(json.dumps({F(1.5): 1}))
print(json.dumps(L([D()]), indent=2))

dec = JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('  {"a": 1}', 2))
print(dec.raw_decode('"\u00e9\u00e9" rest'))
print(dec.raw_decode('xx"\u00e9\u00e9" rest', 2))
for args in [('',), ('  1',), ('[1,', ), ('abc', 5)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)

class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1.5]', cls=MyDecoder, parse_float=lambda s: s))
print(JSONDecoder(strict=False).decode('"a\tb"'))
try:
    JSONDecoder().decode('"a\tb"')
except ValueError as e:
    print(type(e).__name__, e)
print(json.decoder.scanstring('"abc" x', 1))
print(json.decoder.scanstring('"a\\nb"', 1))
print(json.encoder.encode_basestring_ascii("\u00e9\"x"), json.encoder.encode_basestring("\u00e9\"x"))

class Logged(JSONDecoder):
    def raw_decode(self, s, idx=0):
        print("raw_decode at", idx)
        obj, end = super().raw_decode(s, idx)
        return ["wrapped", obj], end

print(json.loads('  [1, 2]  ', cls=Logged))
try:
    json.loads(' 1 x', cls=Logged)
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    dec.raw_decode('[1]', -1)
except ValueError as e:
    print(type(e).__name__, e)
