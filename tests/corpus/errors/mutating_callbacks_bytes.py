# Callbacks (__index__, iterators) that resize the bytearray a method is working on, or
# hold one of its buffers: each method re-checks afterwards, as CPython.


def run(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', r)


class I:
    """An index whose __index__ first runs `action`."""

    def __init__(self, action, value=0):
        self.action, self.value = action, value

    def __index__(self):
        self.action()
        return self.value


def fresh():
    global b
    b = bytearray(b'abc')
    return b


def clear():
    b.clear()


def grow():
    b.extend(b'xyz')


def export():
    global view
    view = memoryview(b)


ACTIONS = [('clear', clear), ('grow', grow)]

print('-- int arguments')
for name, act in ACTIONS:
    for i in [0, 1, -1, 2, 5, -5]:
        fresh(); run('%s pop(%d)' % (name, i), lambda: (b.pop(I(act, i)), b))
        fresh(); run('%s insert(%d, 120)' % (name, i), lambda: (b.insert(I(act, i), 120), b))
        fresh(); run('%s b[%d]' % (name, i), lambda: b[I(act, i)])
        # CPython writes through a pointer taken before __index__ ran: after growing
        # (a reallocation) that is undefined behaviour, so only shrinking is compared.
        if name == 'clear':
            fresh()

            def store():
                b[I(act, i)] = 120
                return b
            run('%s b[%d] = 120' % (name, i), store)
            fresh()

            def store_value():
                b[i] = I(act, 120)
                return b
            run('%s b[%d] = I(120)' % (name, i), store_value)
        fresh()

        def delete():
            del b[I(act, i)]
            return b
        run('%s del b[%d]' % (name, i), delete)
        fresh(); run('%s b * %d' % (name, i), lambda: b * I(act, i))
    fresh(); run(name + ' insert(0, I(120))', lambda: (b.insert(0, I(act, 120)), b))
    fresh(); run(name + ' append(I(120))', lambda: (b.append(I(act, 120)), b))
    fresh(); run(name + ' remove(I(98))', lambda: (b.remove(I(act, 98)), b))
    fresh(); run(name + ' center', lambda: b.center(I(act, 9), b'*'))
    fresh(); run(name + ' ljust', lambda: b.ljust(I(act, 9)))
    fresh(); run(name + ' rjust', lambda: b.rjust(I(act, 9)))
    fresh(); run(name + ' zfill', lambda: b.zfill(I(act, 9)))
    fresh(); run(name + ' expandtabs', lambda: b.expandtabs(I(act, 4)))
    fresh(); run(name + ' split', lambda: b.split(b'b', I(act, 1)))
    fresh(); run(name + ' rsplit', lambda: b.rsplit(maxsplit=I(act, 1)))
    fresh(); run(name + ' replace', lambda: b.replace(b'b', b'BB', I(act, 1)))
    fresh(); run(name + ' hex', lambda: b.hex(':', I(act, 1)))
    fresh()

    def imul():
        global b
        b *= I(act, 2)
        return b
    run(name + ' b *= 2', imul)

print('-- slices whose bounds resize the bytearray')
for name, act in ACTIONS:
    for s in [(1, None, None), (None, 2, None), (None, None, -1), (-1, None, -2), (0, 10, 2)]:
        def bounds():
            return slice(*[None if v is None else I(act, v) for v in s])
        fresh(); run('%s b[%s]' % (name, s), lambda: b[bounds()])
        if name == 'grow' and s[2] is not None:
            continue  # CPython writes an extended slice through a stale pointer
        fresh()

        def assign_same():
            n = len(b[slice(*s)])
            b[bounds()] = bytes(range(65, 65 + n))
            return b
        run('%s b[%s] = bytes' % (name, s), assign_same)
        fresh()

        def assign_bytearray():
            n = len(b[slice(*s)])
            b[bounds()] = bytearray(range(65, 65 + n))
            return b
        run('%s b[%s] = bytearray' % (name, s), assign_bytearray)
        fresh()

        def assign_list():
            n = len(b[slice(*s)])
            b[bounds()] = list(range(65, 65 + n))
            return b
        run('%s b[%s] = list' % (name, s), assign_list)
        fresh()

        def delete():
            del b[bounds()]
            return b
        run('%s del b[%s]' % (name, s), delete)


class Counted:
    """Counts how often its __index__ runs."""

    def __init__(self, v):
        self.v, self.n = v, 0

    def __index__(self):
        self.n += 1
        return self.v


print('-- bounds converted twice when the value is not a bytearray')
for value in [b'XY', bytearray(b'XY'), [88, 89], memoryview(b'XY'), 'XY', 5, 1.5]:
    fresh()
    c = Counted(1)

    def assign():
        b[c:2] = value
        return b
    run('b[c:2] = %r' % (value,), lambda: (assign(), c.n))
fresh()
c = Counted(1)
run('b[c:2] = b', lambda: (b.__setitem__(slice(c, 2), b), b, c.n))

print('-- exported buffers refuse resizing, even to delete nothing')
for s in [slice(None, None, 2), slice(2, 1, 2), slice(5, None, -1), slice(0, 0), slice(1, 2)]:
    fresh(); export(); run('del b[%s]' % (s,), lambda: (b.__delitem__(s), b))
    fresh(); export(); run('b[%s] = b""' % (s,), lambda: (b.__setitem__(s, b''), b))
    fresh(); export(); run('b[%s] = same size' % (s,), lambda: (b.__setitem__(s, b'Z' * len(b[s])), b))
    view.release()

print('-- iterators that resize the bytearray being extended')
for name in ['clear', 'grow', 'export', 'raise']:
    def gen():
        yield 65
        if name == 'clear':
            b.clear()
        elif name == 'grow':
            b.extend(b'xyz')
        elif name == 'export':
            export()
        else:
            raise KeyError('gen')
        yield 66
    fresh(); run('extend ' + name, lambda: (b.extend(gen()), b))
    fresh(); run('b[1:2] = gen ' + name, lambda: (b.__setitem__(slice(1, 2), gen()), b))
    fresh(); run('b[::-1] = gen ' + name, lambda: (b.__setitem__(slice(None, None, -1), gen()), b))
    fresh(); run('bytearray(gen) ' + name, lambda: bytearray(gen()))
    fresh(); run('bytes(gen) ' + name, lambda: bytes(gen()))


def items():
    yield 65
    yield I(clear, 66)
    yield 67


fresh(); run('extend with __index__ items', lambda: (b.extend(items()), b))
fresh(); run('extend self', lambda: (b.extend(b), b))
fresh(); run('extend 5', lambda: b.extend(5))
fresh(); run('bytearray(5.5)', lambda: bytearray(5.5))
fresh(); run('bytes([I(clear, 65)])', lambda: bytes([I(clear, 65), 66]))
