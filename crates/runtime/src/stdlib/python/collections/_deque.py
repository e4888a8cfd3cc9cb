"""collections.deque: a ring buffer over a list, O(1) at both ends."""

from collections import abc as _abc


def _index(d, i):
    n = d._len
    if not isinstance(i, int):
        try:
            i = i.__index__()
        except AttributeError:
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'") from None
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError("deque index out of range")
    return i


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_buf", "_head", "_len", "_maxlen", "_state")
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _grow(self):
        buf, head, n = self._buf, self._head, self._len
        cap = len(buf)
        self._buf = [buf[(head + i) % cap] for i in range(n)] + [None] * max(n, 8)
        self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        n = self._len
        buf = self._buf
        if n == self._maxlen:
            # Full: the leftmost item goes, in place.
            if n:
                h = self._head
                size = len(buf)
                buf[h] = None
                self._head = (h + 1) % size
                buf[(h + n) % size] = x
                self._state += 1
            return
        if n == len(buf):
            self._grow()
            buf = self._buf
        buf[(self._head + n) % len(buf)] = x
        self._len = n + 1
        self._state += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._len += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._len -= 1
        buf = self._buf
        i = (self._head + self._len) % len(buf)
        x = buf[i]
        buf[i] = None
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._len:
            raise IndexError("pop from an empty deque")
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._len -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        n = self._len
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        buf, head, cap = self._buf, self._head, len(self._buf)
        for i in range(start, stop):
            x = buf[(head + i) % cap]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i, x in enumerate(items):
            if x is value or x == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        length = self._len
        if length <= 1:
            return
        n %= length
        if n:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    def _items(self):
        buf, head, cap = self._buf, self._head, len(self._buf)
        return [buf[(head + i) % cap] for i in range(self._len)]

    def _reset(self, items):
        self._buf = items + [None] * max(len(items), 8)
        self._head = 0
        self._len = len(items)
        self._state += 1

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        state = self._state
        buf, head = self._buf, self._head
        for i in range(self._len):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(head + i) % len(buf)]
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        buf, head = self._buf, self._head
        for i in range(self._len - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield buf[(head + i) % len(buf)]

    def __contains__(self, value):
        for x in self._items():
            if x is value or x == value:
                return True
        return False

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = _index(self, i)
        return self._buf[(self._head + i) % len(self._buf)]

    def __setitem__(self, i, value):
        i = _index(self, i)
        self._buf[(self._head + i) % len(self._buf)] = value

    def __delitem__(self, i):
        i = _index(self, i)
        items = self._items()
        del items[i]
        self._reset(items)

    def __repr__(self):
        if any(x is self for x in _repr_running):
            return "[...]"
        _repr_running.append(self)
        try:
            body = repr(self._items())
        finally:
            _repr_running.pop()
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.__class__(self._items(), self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        new.extend(self._items() * n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        return (self.__class__, (self._items(), self._maxlen))

    def __class_getitem__(cls, item):
        return cls


_repr_running = []
_abc.MutableSequence.register(deque)


for _cls in (deque,):
    _cls.__module__ = "collections"
del _cls
