"""Functional tools for creating and using iterators.

Lazy iterator classes with CPython 3.11's results, reprs and argument errors.
"""

_STOP_MSG = ("Stop argument for islice() must be None or an integer: "
             "0 <= x <= sys.maxsize.")
_INDEX_MSG = ("Indices for islice() must be None or an integer: "
              "0 <= x <= sys.maxsize.")
_MAXSIZE = (1 << 63) - 1
_UNSET = object()


def _no_kw(name, kw):
    if kw:
        raise TypeError('%s() takes no keyword arguments' % name)


def _arity(name, args, lo, hi):
    n = len(args)
    if lo <= n <= hi:
        return
    if lo == hi:
        bound = '%d argument%s' % (lo, '' if lo == 1 else 's')
    elif n < lo:
        bound = 'at least %d argument%s' % (lo, '' if lo == 1 else 's')
    else:
        bound = 'at most %d argument%s' % (hi, '' if hi == 1 else 's')
    raise TypeError('%s expected %s, got %d' % (name, bound, n))


def _parse(name, args, kw, names, nreq, npos=None):
    # PyArg_ParseTupleAndKeywords' rules and messages; _UNSET marks an absent argument.
    total = len(args) + len(kw)
    if total > len(names):
        raise TypeError('%s() takes at most %d arguments (%d given)'
                        % (name, len(names), total))
    if npos is not None and len(args) > npos:
        raise TypeError('%s() takes at most %d positional arguments (%d given)'
                        % (name, npos, len(args)))
    values = list(args) + [_UNSET] * (len(names) - len(args))
    for i, key in enumerate(names):
        if key in kw:
            if i < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, key, i + 1))
            values[i] = kw[key]
        elif i >= len(args) and i < nreq:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, key, i + 1))
    for key in kw:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
    return values


def _same(a, b):
    # PyObject_RichCompareBool: identity implies equality.
    return a is b or a == b


def _index(value):
    if type(value) is int:
        return value
    from operator import index
    return index(value)


def _ssize(value):
    # PyNumber_AsSsize_t with OverflowError; -1 with any error, as islice reads it.
    try:
        value = _index(value)
    except TypeError:
        return -1
    if not -_MAXSIZE - 1 <= value <= _MAXSIZE:
        return -1
    return value


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, *args, **kw):
        start, step = _parse('count', args, kw, ('start', 'step'), 0)
        if start is _UNSET:
            start = 0
        if step is _UNSET:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, *args, **kw):
        _no_kw('cycle', kw)
        _arity('cycle', args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, *args, **kw):
        obj, times = _parse('repeat', args, kw, ('object', 'times'), 1)
        self._object = obj
        if times is _UNSET:
            self._left = None
        else:
            times = _index(times)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._left)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, *args, **kw):
        iterable, func, initial = _parse('accumulate', args, kw,
                                         ('iterable', 'func', 'initial'), 1, 2)
        if func is _UNSET:
            func = None
        if initial is _UNSET:
            initial = None
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        item = next(self._it)
        if not self._started:
            self._started = True
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kw):
        _no_kw('chain', kw)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, *args, **kw):
        data, selectors = _parse('compress', args, kw, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, *args, **kw):
        _no_kw('dropwhile', kw)
        _arity('dropwhile', args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for item in self._it:
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item
        raise StopIteration


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, *args, **kw):
        _no_kw('takewhile', kw)
        _arity('takewhile', args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, *args, **kw):
        _no_kw('filterfalse', kw)
        _arity('filterfalse', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        for item in self._it:
            if func is None:
                if not item:
                    return item
            elif not func(item):
                return item
        raise StopIteration


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, *args, **kw):
        iterable, key = _parse('groupby', args, kw, ('iterable', 'key'), 1)
        if key is _UNSET:
            key = None
        self._it = iter(iterable)
        self._keyfunc = key
        # _UNSET stands for CPython's NULL: no group handed out yet (tgtkey),
        # no value read ahead (currkey).
        self._tgtkey = _UNSET
        self._currkey = _UNSET
        self._currvalue = None
        self._current = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is not _UNSET:
                if self._tgtkey is _UNSET or not _same(self._tgtkey, self._currkey):
                    break
            self._step()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._current = group
        return (self._currkey, group)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currkey is _UNSET:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = None
        parent._currkey = _UNSET
        return value


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kw):
        _no_kw('islice', kw)
        _arity('islice', args, 2, 4)
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MSG)
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, *args, **kw):
        _no_kw('pairwise', kw)
        _arity('pairwise', args, 1, 1)
        self._it = iter(args[0])
        self._old = _UNSET

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _UNSET:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _UNSET
            raise
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, *args, **kw):
        _no_kw('starmap', kw)
        _arity('starmap', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._it)
        if type(item) is not tuple:
            item = tuple(item)
        return self._func(*item)


class _tee_link:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = [it]
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source
            if source[0] is None:
                raise StopIteration
            value = next(source[0])
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


_tee.__name__ = _tee.__qualname__ = '_tee'
_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    first = it if copy is not None else _tee(it)
    copier = getattr(first, '__copy__')
    return (first,) + tuple(copier() for i in range(1, n))


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    def __init__(self, *iterables, **kw):
        fillvalue = None
        for name in kw:
            if name != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kw[name]
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, **kw):
        repeat = 1
        for name in kw:
            if name != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % name)
            repeat = _index(kw[name])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(not pool for pool in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple(pool[0] for pool in pools)
        # Advance the rightmost index that can move, resetting those after it.
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pool[k] for pool, k in zip(pools, indices))


def _r_arg(r):
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, *args, **kw):
        iterable, r = _parse('permutations', args, kw, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _UNSET or r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        else:
            r = _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, *args, **kw):
        iterable, r = _parse('combinations', args, kw, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, *args, **kw):
        iterable, r = _parse('combinations_with_replacement', args, kw,
                             ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _r_arg(r)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices)
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)
