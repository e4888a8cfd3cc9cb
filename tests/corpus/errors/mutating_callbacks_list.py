# Callbacks (__index__, __eq__, __hash__, __lt__, key functions, iterators) that resize
# the list a method is working on: each method re-checks the list afterwards, as CPython.


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


class E:
    """Equal to everything (or nothing), after running `action` on each comparison."""

    def __init__(self, action, result=False):
        self.action, self.result, self.calls = action, result, 0

    def __eq__(self, other):
        self.calls += 1
        self.action()
        return self.result

    __hash__ = object.__hash__


def fresh():
    global l
    l = [1, 2, 3]
    return l


def grow():
    l.extend([7, 8, 9])


print('-- int arguments')
for action in ['clear', 'grow']:
    act = (lambda: l.clear()) if action == 'clear' else grow
    for i in [0, 1, -1, 2, 5, -5]:
        fresh(); run('%s pop(%d)' % (action, i), lambda: (l.pop(I(act, i)), l))
        fresh(); run('%s insert(%d)' % (action, i), lambda: (l.insert(I(act, i), 'x'), l))
        fresh(); run('%s l[%d]' % (action, i), lambda: l[I(act, i)])
        fresh()

        def store():
            l[I(act, i)] = 'x'
            return l
        run('%s l[%d] = x' % (action, i), store)
        fresh()

        def delete():
            del l[I(act, i)]
            return l
        run('%s del l[%d]' % (action, i), delete)
        fresh(); run('%s index(2, %d)' % (action, i), lambda: l.index(2, I(act, i)))
        fresh(); run('%s index(2, 0, %d)' % (action, i), lambda: l.index(2, 0, I(act, i)))
        fresh(); run('%s l * %d' % (action, i), lambda: l * I(act, i))
        fresh()

        def imul():
            global l
            l *= I(act, 2)
            return l
        run('%s l *= 2' % action, imul)

print('-- slices whose bounds resize the list')
for action in ['clear', 'grow']:
    act = (lambda: l.clear()) if action == 'clear' else grow
    for s in [(1, None, None), (None, 2, None), (None, None, -1), (-1, None, -2), (0, 10, 2)]:
        def bounds():
            return slice(*[None if v is None else I(act, v) for v in s])
        fresh(); run('%s l[%s]' % (action, s), lambda: l[bounds()])
        fresh()

        def assign_same():
            n = len(l[slice(*s)])
            l[bounds()] = list(range(100, 100 + n))
            return l
        run('%s l[%s] = ...' % (action, s), assign_same)
        fresh()

        def delete():
            del l[bounds()]
            return l
        run('%s del l[%s]' % (action, s), delete)

print('-- comparisons that resize the list')
for action in ['clear', 'grow', 'pop']:
    for result in [False, True]:
        def act():
            if action == 'clear':
                l.clear()
            elif action == 'grow':
                if len(l) < 20:
                    l.append(0)
            else:
                if l:
                    l.pop()
        fresh(); e = E(act, result); run('%s %s index' % (action, result), lambda: (l.index(e), e.calls, l))
        fresh(); e = E(act, result); run('%s %s count' % (action, result), lambda: (l.count(e), e.calls, l))
        fresh(); e = E(act, result); run('%s %s remove' % (action, result), lambda: (l.remove(e), e.calls, l))
        fresh(); e = E(act, result); run('%s %s in' % (action, result), lambda: (e in l, e.calls, l))
        fresh(); e = E(act, result); run('%s %s not in' % (action, result), lambda: (e not in l, e.calls, l))
        fresh(); e = E(act, result); run('%s %s tuple.index' % (action, result), lambda: ((1, 2, 3).index(e), e.calls, l))

print('-- sort with a key or comparison that touches the list')
for name, key in [('append', lambda x: l.append(x) or x), ('clear', lambda x: l.clear() or x),
                  ('len', lambda x: len(l) + x), ('pop', lambda x: (l.pop() if l else 0) or x),
                  ('sort', lambda x: l.sort() or x), ('raise', lambda x: 1 / 0)]:
    for reverse in [False, True]:
        fresh(); run('sort key=%s reverse=%s' % (name, reverse), lambda: (l.sort(key=key, reverse=reverse), l))
        print('   after', l)


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        l.append(Meddler(0))
        return self.v < other.v

    def __repr__(self):
        return 'M%d' % self.v


l = [Meddler(3), Meddler(1), Meddler(2)]
run('sort __lt__ appends', lambda: l.sort())
print('   after', l)
l = [Meddler(3)]
run('sort one item', lambda: l.sort())
print('   after', l)

print('-- iterables that resize the list they extend')
for name in ['clear', 'append', 'raise']:
    def gen():
        yield 4
        if name == 'clear':
            l.clear()
        elif name == 'append':
            l.append('a')
        else:
            raise KeyError('gen')
        yield 5
    fresh(); run('extend ' + name, lambda: (l.extend(gen()), l))
    fresh()

    def iadd():
        global l
        l += gen()
        return l
    run('+= ' + name, iadd)
    fresh()

    def slice_assign():
        l[1:2] = gen()
        return l
    run('l[1:2] = gen ' + name, slice_assign)
    fresh()

    if name != 'clear':  # CPython writes past the end of the emptied list (a crash)
        def ext_assign():
            l[::2] = gen()
            return l
        run('l[::2] = gen ' + name, ext_assign)
        print('   after', l)
fresh(); run('extend self', lambda: (l.extend(l), l))
fresh(); run('l[:] = l', lambda: (l.__setitem__(slice(None), l), l))
fresh(); run('l[::-1] = l', lambda: (l.__setitem__(slice(None, None, -1), l), l))
fresh(); run('l[1:2] = 5', lambda: l.__setitem__(slice(1, 2), 5))
fresh(); run('l[::2] = 5', lambda: l.__setitem__(slice(None, None, 2), 5))
fresh(); run('l += 5', lambda: l.__iadd__(5))

print('-- builtins that iterate a list while a callback resizes it')


def key_clear(x):
    l.clear()
    return x


fresh(); run('max', lambda: max(l, key=key_clear))
fresh(); run('min', lambda: min(l, key=key_clear))
fresh(); run('sorted', lambda: (sorted(l, key=key_clear), l))
fresh(); run('list(map)', lambda: list(map(key_clear, l)))
fresh(); run('sum', lambda: sum(map(key_clear, l)))
fresh(); run('enumerate', lambda: list(enumerate(map(key_clear, l))))
fresh(); run('any', lambda: any(key_clear(x) > 5 for x in l))


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        l.clear()
        return self.v

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return 'H%d' % self.v


l = [H(1), H(2), H(3)]
run('set', lambda: sorted(h.v for h in set(l)))
l = [H(1), H(2), H(3)]
run('dict.fromkeys', lambda: len(dict.fromkeys(l)))
l = [H(1), H(2), H(3)]
run('frozenset', lambda: len(frozenset(l)))
l = [H(1), H(2), H(3)]
run('{x: 1 for x in l}', lambda: len({x: 1 for x in l}))

print('-- repr and == of a list an item resizes')


class R:
    def __repr__(self):
        l.clear()
        return 'R'


l = [R(), R(), 1]
run('repr', lambda: repr(l))
l = [R(), R(), 1]
run('str', lambda: str(l))


class Q:
    def __eq__(self, other):
        l.clear()
        return True
    __hash__ = None


l = [Q(), Q(), 3]
m = [Q(), Q(), 3]
run('==', lambda: l == m)
l = [Q(), Q(), 3]
run('== reflected', lambda: m == l)
l = [Q(), Q(), 3]
run('!=', lambda: l != m)
