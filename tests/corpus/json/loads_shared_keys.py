# Keys read from one document share one str per text (CPython's scanner memo); arrays
# and objects nest to any depth with their items in order.
import json

doc = '[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"na\\u006de": "escaped", "id": 3}]'
rows = json.loads(doc)
print(rows)
keys = [list(r) for r in rows]
print(keys[0][0] is keys[1][0], keys[0][1] is keys[1][1], keys[2][0] is keys[0][1])
again = json.loads(doc)
print(list(again[0])[0] == keys[0][0])

# Values are not shared through the memo.
vals = json.loads('[{"a": "a"}, {"a": "a"}]')
print(vals, list(vals[0])[0] is list(vals[1])[0])

# Duplicate keys: the last value wins, the first position stays.
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))

# Nesting: objects in arrays in objects, empty ones, and items after a nested container.
deep = '{"x": [1, [2, [3, {"y": [4, {}], "z": []}], 5], 6], "w": {"v": {"u": [[], [[]]]}}, "t": 7}'
print(json.loads(deep))
print(json.loads(deep, object_pairs_hook=lambda p: p))
print(json.loads('[[[[[[]]]]], [[[]]], []]'))

# A failure part-way leaves nothing behind for the next document.
dec = json.JSONDecoder()
for text in ['[1, [2, {"a": [3, }]]', '{"a": [1, 2], "b": {"c": ]}', '[{"k": 1}, {"k": 2}]']:
    try:
        print(dec.decode(text))
    except json.JSONDecodeError as e:
        print("error", e)
print(dec.raw_decode('[1, {"a": [2]}] tail'))

# Hooks see complete containers, inner first.
seen = []
def hook(d):
    seen.append(dict(d))
    return d
print(json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}]}', object_hook=hook))
print(seen)

# Escapes in keys and values, strings with and without them side by side.
print(json.loads('{"\\"q\\"": "\\t", "plain": "caf\\u00e9", "\\ud83d\\ude00": "x"}'))
