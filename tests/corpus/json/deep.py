# Deep nesting raises RecursionError (never a crash), for dumps and loads.
import json

for n in [10, 100]:
    print(n, json.loads('[' * n + ']' * n) is not None)

for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(doc)
        print("decoded")
    except RecursionError as e:
        print(type(e).__name__, e)

x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print(type(e).__name__, e)

d = {}
for i in range(100000):
    d = {"a": d}
try:
    json.dumps(d)
except RecursionError as e:
    print(type(e).__name__, e)
