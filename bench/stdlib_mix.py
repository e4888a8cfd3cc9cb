# stdlib_mix: what a small tool does with the standard library. A json round-trip of a
# few MB of records, a regex tokenizer over generated source text, and counting with
# collections (Counter, defaultdict, deque, namedtuple).
# Subset used: json dumps/loads, re compile/finditer/sub/findall, collections, functions,
# dicts, lists, str methods, print.

import json
import re
from collections import Counter, defaultdict, deque, namedtuple

Record = namedtuple("Record", "id name tags score")

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu"]


def make_records(n):
    x = 12345
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append({
            "id": i,
            "name": WORDS[x % 12] + "-" + str(x % 1000),
            "tags": [WORDS[(x >> 4) % 12], WORDS[(x >> 8) % 12]],
            "score": (x % 10000) / 100,
            "active": x % 3 == 0,
            "note": None if x % 5 else "caf\u00e9 \"quoted\"\n",
        })
    return out


def json_round_trip(records):
    text = json.dumps(records)
    back = json.loads(text)
    pretty = json.dumps(back[:1000], indent=2, sort_keys=True)
    again = json.loads(pretty)
    return len(text), len(back), len(pretty), again[999]["name"], back == records


TOKEN = re.compile(r"(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/=<>!]=?|[()\[\]{}:,.])|(?P<str>\"[^\"\n]*\")|(?P<ws>\s+)")


def make_source(n):
    lines = []
    x = 99
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % 12]
        lines.append(f"{w}_{i % 97} = ({w}[{x % 50}] + {x % 1000}.5) * \"s{i % 7}\" if x != {i} else {{}}")
    return "\n".join(lines)


def tokenize(src):
    kinds = Counter()
    names = defaultdict(int)
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        kinds[kind] += 1
        if kind == "name":
            names[m.group()] += 1
    nums = re.findall(r"\b\d+\.\d+\b", src)
    squashed = re.sub(r"\s+", " ", src[:20000])
    return kinds, names, len(nums), len(squashed)


def count(records):
    by_tag = Counter()
    recent = deque(maxlen=100)
    groups = defaultdict(list)
    for r in records:
        rec = Record(r["id"], r["name"], tuple(r["tags"]), r["score"])
        by_tag.update(rec.tags)
        recent.append(rec)
        groups[rec.name.split("-")[0]].append(rec.score)
    best = sorted(((round(sum(v) / len(v), 3), k) for k, v in groups.items()), reverse=True)
    return by_tag.most_common(5), recent[0], best[:3]


def main():
    records = make_records(20000)
    print("json", json_round_trip(records))
    kinds, names, nums, squashed = tokenize(make_source(15000))
    print("re", sorted(kinds.items()), len(names), sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:3], nums, squashed)
    print("collections", count(records))


main()
