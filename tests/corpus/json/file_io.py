# json.dump / json.load through file-like objects.
import io
import json

buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}], "c": "\u00e9"}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"x": [1.5, "y"]}'), object_pairs_hook=list))
print(json.load(io.BytesIO(b'[1, 2, 3]')))

class Chunks:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

c = Chunks()
json.dump([1, {"a": "b"}], c)
print(c.parts)
c = Chunks()
json.dump({"a": [1, 2]}, c, indent=1)
print(c.parts)
try:
    json.dump(object(), io.StringIO())
except TypeError as e:
    print(type(e).__name__, e)
