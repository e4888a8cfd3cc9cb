# Calling an exception class's __init__ unbound on a subclass instance
# (`ValueError.__init__(self, msg)`, as json.JSONDecodeError does).
class Custom(ValueError):
    def __init__(self, msg, pos):
        ValueError.__init__(self, "%s at %d" % (msg, pos))
        self.pos = pos

try:
    raise Custom("bad", 3)
except ValueError as e:
    print(type(e).__name__, e, e.args, e.pos)

class Other(KeyError):
    pass

o = Other()
Exception.__init__(o, "a", "b")
print(o.args)
BaseException.__init__(o, 1)
print(o.args)
