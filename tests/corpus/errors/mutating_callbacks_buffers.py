# Callbacks (__index__, __float__, __bool__, __eq__, iterators) that release a
# memoryview, or resize the bytearray or array under it, while memoryview, array.array
# and struct methods run: held buffers refuse, everything else re-checks, as CPython.
import array
import struct


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


class F:
    def __init__(self, action, value=0.0):
        self.action, self.value = action, value

    def __float__(self):
        self.action()
        return self.value


class B:
    def __init__(self, action):
        self.action = action

    def __bool__(self):
        self.action()
        return True


def view_of_bytearray():
    global b, m
    b = bytearray(b'abcdefgh')
    m = memoryview(b)
    return m


def release():
    m.release()


def nothing():
    pass


print('-- memoryview: __index__ that releases the view')
for i in [0, -1, 3, 10]:
    view_of_bytearray(); run('m[%d]' % i, lambda: m[I(release, i)])
    view_of_bytearray(); run('m[%d] = 65' % i, lambda: m.__setitem__(I(release, i), 65))
    view_of_bytearray(); run('m[%d] = I(65)' % i, lambda: m.__setitem__(i, I(release, 65)))
    view_of_bytearray(); run('m[%d:]' % i, lambda: m[I(release, i):].tobytes())
    view_of_bytearray(); run('m[%d:] = ...' % i, lambda: m.__setitem__(slice(I(release, i), None), b'Z' * len(m[i:])))
    view_of_bytearray(); run('m[::%d]' % (i or 1), lambda: m[::I(release, i or 1)].tobytes())
    view_of_bytearray(); run('m.hex(":", %d)' % i, lambda: m.hex(':', I(release, i)))
    view_of_bytearray(); run('del m[%d]' % i, lambda: m.__delitem__(I(release, i)))
view_of_bytearray(); run('m after', lambda: (m.tobytes(), b))
m2 = view_of_bytearray().cast('B', [2, 4])
run('2-d m[i, j]', lambda: m2[I(nothing, 1), I(nothing, 2)])
run('2-d m[i, j] releases', lambda: m2[I(m2.release, 1), 2])
m2 = view_of_bytearray().cast('B', [2, 4])
run('2-d m[i, j] = v releases', lambda: m2.__setitem__((I(m2.release, 1), 2), 7))
m2 = view_of_bytearray().cast('B', [2, 4])
run('2-d m[i, j] = I(v) releases', lambda: m2.__setitem__((1, 2), I(m2.release, 7)))
m2 = view_of_bytearray().cast('B', [2, 4])
run('2-d m[0:1] = ...', lambda: m2.__setitem__(slice(0, 1), b'xxxx'))
run('2-d m[0] = ...', lambda: m2.__setitem__(0, 1))
run('2-d m[0]', lambda: m2[0])
run('0-d', lambda: memoryview(b'ab').cast('B', [])[0])

print('-- memoryview: values with __index__, __float__, __bool__')
for fmt, value in [('B', I(nothing, 66)), ('i', I(nothing, -5)), ('d', F(nothing, 2.5)), ('d', I(nothing, 3)),
                   ('f', F(nothing, 1.5)), ('?', B(nothing)), ('B', F(nothing, 1.0)), ('q', I(nothing, 2**70))]:
    mv = memoryview(bytearray(8)).cast(fmt)

    def store():
        mv[0] = value
        return mv.tolist()
    run('%s <- %s' % (fmt, type(value).__name__), store)
for fmt, value in [('d', F(release, 2.5)), ('?', B(release)), ('i', I(release, 2))]:
    view_of_bytearray()
    mv = m.cast(fmt)

    def store():
        mv[0] = value
        return mv.tolist()
    m = mv
    run('%s <- %s releasing' % (fmt, type(value).__name__), store)

print('-- memoryview slice assignment: the source is held while the bounds convert')
for name, make in [('bytearray', lambda: bytearray(b'XY')), ('array', lambda: array.array('B', b'XY'))]:
    view_of_bytearray()
    src = make()

    def shrink_src():
        del src[:]
    run(name + ' source resized', lambda: m.__setitem__(slice(I(shrink_src, 0), 2), src))
    run('   after', lambda: (b, src))
view_of_bytearray()
run('source is the view', lambda: (m.__setitem__(slice(I(nothing, 1), 3), m[0:2]), b))
view_of_bytearray()
run('source released meanwhile', lambda: m.__setitem__(slice(I(release, 0), 2), memoryview(b'XY')))
for src in [b'XY', bytearray(b'XY'), memoryview(b'XY'), array.array('b', [1, 2]), array.array('B', [1, 2]),
            memoryview(b'XYZW')[::2], [1, 2], 'XY', memoryview(b'XY').cast('c'), memoryview(b'XYZ')]:
    view_of_bytearray()
    run('m[0:2] = %s' % type(src).__name__, lambda: (m.__setitem__(slice(0, 2), src), b))
for fmt in ['b', 'c']:
    view_of_bytearray()
    run('%s view <- bytes' % fmt, lambda: m.cast(fmt).__setitem__(slice(0, 1), b'x'))
run('i view <- array', lambda: (memoryview(a := array.array('i', [1, 2, 3])).__setitem__(slice(0, 2), array.array('i', [7, 8])), a))
run('readonly', lambda: memoryview(b'ab').__setitem__(I(nothing, 0), 1))
run('readonly del', lambda: memoryview(b'ab').__delitem__(I(nothing, 0)))
view_of_bytearray(); m.release()
run('released del', lambda: m.__delitem__(0))
view_of_bytearray()
run('release while exported by cast', lambda: (m.cast('B'), m.release(), 'ok'))


def array_of(*items):
    global a
    a = array.array('i', items)
    return a


def empty_array():
    del a[:]


def grow_array():
    a.extend([7, 8, 9])


print('-- array.array: int arguments')
for name, act in [('empty', empty_array), ('grow', grow_array)]:
    for i in [0, 1, -1, 2, 5, -5]:
        array_of(1, 2, 3); run('%s pop(%d)' % (name, i), lambda: (a.pop(I(act, i)), a))
        array_of(1, 2, 3); run('%s insert(%d, 9)' % (name, i), lambda: (a.insert(I(act, i), 9), a))
        array_of(1, 2, 3); run('%s a[%d]' % (name, i), lambda: a[I(act, i)])
        array_of(1, 2, 3); run('%s a[%d] = 9' % (name, i), lambda: (a.__setitem__(I(act, i), 9), a))
        array_of(1, 2, 3); run('%s del a[%d]' % (name, i), lambda: (a.__delitem__(I(act, i)), a))
        array_of(1, 2, 3); run('%s a[%d:]' % (name, i), lambda: a[I(act, i):])
        array_of(1, 2, 3); run('%s a[%d:] = ...' % (name, i), lambda: (a.__setitem__(slice(I(act, i), None), array.array('i', [5, 6])), a))
        array_of(1, 2, 3); run('%s del a[%d:]' % (name, i), lambda: (a.__delitem__(slice(I(act, i), None)), a))
        array_of(1, 2, 3); run('%s index(2, %d)' % (name, i), lambda: a.index(2, I(act, i)))
        array_of(1, 2, 3); run('%s a * %d' % (name, i), lambda: a * I(act, i))
array_of(1, 2, 3); run('a[2] = I(7) shrinking', lambda: (a.__setitem__(2, I(lambda: a.pop(), 7)), a))
array_of(1, 2, 3); run('a[0] = I(7) shrinking', lambda: (a.__setitem__(0, I(lambda: a.pop(), 7)), a))
array_of(1, 2, 3); run('a[0] = I(7) growing', lambda: (a.__setitem__(0, I(grow_array, 7)), a))


class E:
    def __init__(self, action, result=False):
        self.action, self.result, self.calls = action, result, 0

    def __eq__(self, other):
        self.calls += 1
        self.action()
        return self.result


print('-- array.array: comparisons and iterators that resize it')
for name, act in [('empty', empty_array), ('grow', lambda: len(a) < 20 and a.append(0))]:
    for result in [False, True]:
        array_of(1, 2, 3); e = E(act, result); run('%s %s index' % (name, result), lambda: (a.index(e), e.calls, a))
        array_of(1, 2, 3); e = E(act, result); run('%s %s count' % (name, result), lambda: (a.count(e), e.calls, a))
        array_of(1, 2, 3); e = E(act, result); run('%s %s remove' % (name, result), lambda: (a.remove(e), e.calls, a))
        array_of(1, 2, 3); e = E(act, result); run('%s %s in' % (name, result), lambda: (e in a, e.calls, a))
for name in ['empty', 'grow', 'export', 'raise']:
    def gen():
        yield 4
        if name == 'empty':
            empty_array()
        elif name == 'grow':
            grow_array()
        elif name == 'export':
            global held
            held = memoryview(a)
        else:
            raise KeyError('gen')
        yield 5
    array_of(1, 2, 3); run('extend ' + name, lambda: (a.extend(gen()), a))
    array_of(1, 2, 3); run('array(gen) ' + name, lambda: array.array('i', gen()))
    held = None
items = [1, I(lambda: items.append(9), 2), 3]
array_of(); run('fromlist growing', lambda: (a.fromlist(items), a))
items = [1, I(lambda: items.pop(), 2), 3]
array_of(); run('fromlist shrinking', lambda: (a.fromlist(items), a))
array_of(1); held = memoryview(a)
run('fromlist exported', lambda: a.fromlist([1]))
run('fromlist empty exported', lambda: (a.fromlist([]), a))
run('extend empty exported', lambda: (a.extend([]), a))
run('extend exported', lambda: (a.extend([5]), a))
for s in [slice(None, None, 2), slice(2, 1, 2), slice(0, 0), slice(0, 1)]:
    run('del a[%s] exported' % (s,), lambda: a.__delitem__(s))
    run('a[%s] = empty exported' % (s,), lambda: a.__setitem__(s, array.array('i')))
    run('a[%s] = same exported' % (s,), lambda: (a.__setitem__(s, array.array('i', [7] * len(a[s]))), a))
held.release()
array_of(1, 2, 3)
c = []
run('a[I:2] = a', lambda: (a.__setitem__(slice(I(lambda: c.append(1), 1), 2), a), a, len(c)))
run('a[0:1] = list', lambda: a.__setitem__(slice(I(lambda: c.append(1), 0), 1), [1]))
run('a[::0] = list', lambda: a.__setitem__(slice(None, None, 0), [1]))
run('a[0:1] = array d', lambda: a.__setitem__(slice(0, 1), array.array('d', [1])))


def fresh():
    global b
    b = bytearray(8)
    return b


def clear():
    b.clear()


print('-- struct: buffers are held while values and offsets convert')
fresh(); run('pack_into value clears', lambda: struct.pack_into('<i', b, 0, I(clear, 5)))
fresh(); run('pack_into offset clears', lambda: struct.pack_into('<i', b, I(clear, 0), 5))
fresh(); run('pack_into float clears', lambda: struct.pack_into('<d', b, 0, F(clear, 5.0)))
fresh(); run('pack_into bool clears', lambda: struct.pack_into('<?', b, 0, B(clear)))
fresh(); run('unpack_from offset clears', lambda: struct.unpack_from('<i', b, I(clear, 0)))
fresh(); run('unpack_from offset= clears', lambda: struct.unpack_from('<i', b, offset=I(clear, 0)))
fresh(); run('after', lambda: b)
view_of_bytearray(); run('pack_into view released', lambda: struct.pack_into('<i', m, 0, I(release, 1)))
view_of_bytearray(); run('pack_into offset releases view', lambda: struct.pack_into('<i', m, I(release, 0), 1))
view_of_bytearray(); run('unpack_from view released', lambda: struct.unpack_from('<i', m, I(release, 0)))
view_of_bytearray(); run('view after', lambda: (m.release(), m))
s = struct.Struct('<i')
fresh(); run('Struct.pack_into', lambda: s.pack_into(b, 0, I(clear, 1)))
fresh(); run('Struct.unpack_from', lambda: s.unpack_from(b, I(clear, 1)))
fresh(); run('Struct.unpack_from kw', lambda: s.unpack_from(buffer=b, offset=I(clear, 1)))
fresh(); run('Struct.unpack_from ok', lambda: s.unpack_from(buffer=b, offset=I(nothing, 4)))
array_of(0, 0)
run('pack_into array', lambda: (struct.pack_into('<i', a, 4, 7), a))
run('pack_into array deleting', lambda: struct.pack_into('<i', a, 0, I(empty_array, 7)))
run('unpack_from array', lambda: struct.unpack_from('<i', a, 4))
fresh()
run('partial write', lambda: struct.pack_into('<iii', b'\xff' * 12 and b, 0, 1, 'x', 3))
b = bytearray(b'\xff' * 12)
run('partial write 2', lambda: struct.pack_into('<iii', b, 0, 1, 'x', 3))
print(b)
for args in [(), (b,), (b, 0), (b, 0, 1, 2), (b'', 0, 1)]:
    run('pack_into%s' % (tuple(type(x).__name__ for x in args),), lambda: struct.pack_into('<i', *args))
for target in [b'abcd', memoryview(b'abcd'), memoryview(bytearray(4)).toreadonly(), memoryview(bytearray(8))[::2], 'abcd', [0] * 4]:
    run('pack_into %s' % type(target).__name__, lambda: struct.pack_into('<b', target, 0, 1))
    run('unpack_from %s' % type(target).__name__, lambda: struct.unpack_from('<b', target, 0))
    run('unpack %s' % type(target).__name__, lambda: struct.unpack('<b', target))
    run('iter_unpack %s' % type(target).__name__, lambda: list(struct.iter_unpack('<b', target)))
view_of_bytearray(); m.release()
run('pack_into released', lambda: struct.pack_into('<b', m, 0, 1))
run('unpack_from released', lambda: struct.unpack_from('<b', m, 0))
for offset in [2**63 - 1, -2**63, 2**64, -2**64, 10**30, -9, 8, 4, -4]:
    fresh()
    run('pack_into offset %d' % offset, lambda: struct.pack_into('<i', b, offset, 1))
    run('unpack_from offset %d' % offset, lambda: struct.unpack_from('<i', b, offset))
for fmt, value in [('<i', I(nothing, 5)), ('<i', I(nothing, 2**70)), ('<i', I(lambda: 1 / 0, 2)), ('<d', F(nothing, 2.5)),
                   ('<d', I(nothing, 2)), ('<d', F(lambda: 1 / 0)), ('<?', B(nothing)), ('<?', B(lambda: 1 / 0)),
                   ('<i', F(nothing, 1.0)), ('<i', 2**70), ('<q', -2**70), ('<Q', -2**70), ('<Q', -1), ('<b', 2**63)]:
    run('pack %s %s' % (fmt, type(value).__name__), lambda: struct.pack(fmt, value))

print('-- struct.iter_unpack holds its buffer until exhausted')
fresh()
it = struct.iter_unpack('<i', b)
run('clear while iterating', clear)
b[0] = 7
run('next sees writes', lambda: next(it))
run('next', lambda: next(it))
run('exhausted', lambda: next(it))
run('clear after exhaustion', clear)
fresh()
it = struct.Struct('<h').iter_unpack(b)
run('Struct.iter_unpack', lambda: [next(it), next(it)])
del it
run('clear after del', clear)
view_of_bytearray()
it = struct.iter_unpack('<i', m)
run('release while iterating', release)
run('list', lambda: list(it))
run('release after', release)

print('-- memoryview.cast takes exact ints for the shape (no __index__)')
view_of_bytearray()
run('cast I', lambda: m.cast('B', [I(release, 8)]).tolist())
run('cast bool', lambda: m.cast('B', [True, 8]).tolist())
run('cast big', lambda: m.cast('B', [2**70]).tolist())
run('cast product overflow', lambda: m.cast('B', [2**40, 2**40]).tolist())
run('cast product mismatch', lambda: m.cast('B', [2, 2]).tolist())
run('cast zero', lambda: m.cast('B', [0, 8]).tolist())

print('-- array.array in-place operators work in place, refused while exported')
array_of(1, 2, 3)
alias = a


def iadd(x):
    global a
    a += x
    return a, alias


def imul(n):
    global a
    a *= n
    return a, alias


run('a += array', lambda: iadd(array.array('i', [4])))
run('a *= 2', lambda: imul(2))
run('a *= I(pop)', lambda: imul(I(lambda: a.pop(), 2)))
run('a += a', lambda: iadd(a))
run('a += list', lambda: iadd([1]))
run('a += array d', lambda: iadd(array.array('d', [1])))
run('a *= "x"', lambda: imul('x'))
held = memoryview(a)
run('a += exported', lambda: iadd(array.array('i', [4])))
run('a += empty exported', lambda: iadd(array.array('i')))
run('a *= 2 exported', lambda: imul(2))
run('a *= 1 exported', lambda: imul(1))
run('a *= 0 exported', lambda: imul(0))
held.release()
run('a *= 0', lambda: imul(0))
run('a *= 3 empty', lambda: imul(3))
