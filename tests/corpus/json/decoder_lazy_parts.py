# The Python decoder parts load on first use; what a program can see of them is CPython's:
# decode's default, the class-level AttributeError naming the subclass, the tables.
import json, json.decoder as D
print(json.JSONDecoder.decode.__defaults__[0] == D.WHITESPACE.match, D.WHITESPACE.pattern, repr(D.WHITESPACE_STR))
class Sub(json.JSONDecoder):
    pass
for c in (json.JSONDecoder, Sub):
    try:
        c.parse_object
    except AttributeError as e:
        print(e)
print(hasattr(Sub(), "parse_object"), Sub().decode(' [1, {"a": 2}] '))
