"""Functional tools for creating and using iterators.

The iterator classes are native (_itertools); groupby and tee, whose objects share
state with each other, are written here.
"""

from _itertools import *

_UNSET = object()


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
