# A user object on the right of a built-in sequence: its __radd__/__rmul__ comes before
# the sequence's own concatenation or repetition, also for += and *=; NotImplemented
# falls back to the sequence (and its error), and __radd__ is asked once.
calls = []


class R:
    def __radd__(self, o):
        calls.append("radd")
        return "radd"

    def __rmul__(self, o):
        calls.append("rmul")
        return "rmul"

    def __iter__(self):
        return iter([9])


class N:
    def __radd__(self, o):
        calls.append("N.radd")
        return NotImplemented

    def __iter__(self):
        return iter([7])


lst = [1]
lst += R()
print(lst)
print([1] + R(), 'a' + R(), b'a' + R(), (1,) + R(), [1] * R(), 'x' * R())
ba = bytearray(b'a')
ba += R()
print(ba)
s = 'a'
s += R()
print(s)
for text, case in [("'a' + N()", lambda: 'a' + N()), ("{} + N()", lambda: {} + N())]:
    try:
        print(text, case())
    except TypeError as e:
        print(text, "TypeError", e)
lst = [1]
lst += N()
print(lst)
s = 'a'
try:
    s += N()
except TypeError as e:
    print("TypeError", e)
print(calls)
print(1 + 2, 'a' + 'b', [1] + [2], 3 * 'ab')
