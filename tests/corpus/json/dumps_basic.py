# json.dumps of plain values: scalars, floats, ints of any size, strings, containers.
import json

values = [
    None, True, False, 0, -1, 12345678901234567890123, -(10**40), 1.0, -0.0, 0.1,
    1e16, 1.5e-7, 123456789.123, 1e300 * 10, -1e300 * 10, float('nan'),
    "", "abc", "quote\"back\\slash", "\n\r\t\b\f\x00\x1f\x7f", "caf\u00e9", "\u20ac",
    "\U0001f600", "mixed \u00e9\U0001d11e end", [], {}, [1, [2, [3]]], (1, 2), (),
    {"a": 1, "b": [1, 2]}, [None, True, 1.5, "x", {"k": ()}],
]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))

print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(";", "=")))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
print(json.dumps({10**30: 1}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=2))
print(repr(json.dumps("\u2028\u2029")))
print(json.dumps(["\ud7ff", "\ue000", "\uffff"]))
print(json.dumps(list(range(20))))
print(json.dumps({"key": "value"} ,ensure_ascii=False, sort_keys=True))
