'''A multi-producer, multi-consumer queue.

minipy runs a single thread: where CPython would wait for another thread,
this module waits (time.sleep) for the timeout or forever, as a
single-threaded CPython program observably does.  The threading attributes
mutex, not_empty, not_full and all_tasks_done are not provided.
'''

import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time, sleep as _sleep

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_POLL = 0.05
_NS_LIMIT = 9223372036854775808.0  # 2**63


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait(seconds):
    # What threading's Condition.wait(seconds) does when nobody notifies.
    if seconds != seconds:  # NaN: the lock never times out
        _wait_forever()
    if not (-_NS_LIMIT <= seconds * 1e9 < _NS_LIMIT):
        raise OverflowError('timestamp out of range for platform time_t')
    while seconds > 0:
        step = _POLL if seconds > _POLL else seconds
        _sleep(step)
        seconds -= step


def _wait_forever():
    while True:
        _sleep(_POLL)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        while self.unfinished_tasks:
            _sleep(_POLL)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                while self._qsize() >= self.maxsize:
                    _sleep(_POLL)
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while self._qsize() >= self.maxsize:
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Full
                    _wait(remaining)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            while not self._qsize():
                _sleep(_POLL)
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            endtime = time() + timeout
            while not self._qsize():
                remaining = endtime - time()
                if remaining <= 0.0:
                    raise Empty
                _wait(remaining)
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    # Override these methods to implement other queue organizations.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


# ---- SimpleQueue: mirrors the C type _queue.SimpleQueue ----

def _parse(fname, params, required, args, kwargs):
    # Argument Clinic's _PyArg_UnpackKeywords, enough for these methods.
    nargs = len(args)
    nkw = len(kwargs)
    maxargs = len(params)
    if nargs + nkw > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)' % (
            fname, maxargs, 'keyword ' if nargs == 0 else '',
            '' if maxargs == 1 else 's', nargs + nkw))
    values = list(args)
    used = 0
    for i in range(nargs, maxargs):
        name = params[i]
        if name in kwargs:
            values.append(kwargs[name])
            used += 1
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (
                fname, name, i + 1))
        else:
            values.append(_MISSING)
    if used < nkw:
        for i in range(nargs):
            if params[i] in kwargs:
                raise TypeError(
                    "argument for %s() given by name ('%s') and position (%d)"
                    % (fname, params[i], i + 1))
        for name in kwargs:
            if name not in params:
                raise TypeError("'%s' is an invalid keyword argument for %s()"
                                % (name, fname))
    return values


_MISSING = object()


def _timeout_ns(obj):
    # _PyTime_FromSecondsObject(..., _PyTime_ROUND_CEILING)
    if isinstance(obj, float):
        if obj != obj:
            raise ValueError('Invalid value NaN (not a number)')
        d = obj * 1e9
        if not (-_NS_LIMIT <= d < _NS_LIMIT):
            raise OverflowError('timestamp out of range for platform time_t')
        n = int(d)
        if n < d:
            n += 1
        return n
    try:
        sec = obj.__index__() if not isinstance(obj, int) else int(obj)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(obj).__name__) from None
    ns = sec * 1000000000
    if not (-9223372036854775808 <= sec <= 9223372036854775807) or \
            not (-9223372036854775808 <= ns <= 9223372036854775807):
        raise OverflowError('timestamp too large to convert to C _PyTime_t')
    return ns


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    __module__ = '_queue'

    def __new__(cls, *args, **kwargs):
        if cls.__init__ is object.__init__:
            if args:
                raise TypeError('SimpleQueue() takes no positional arguments')
            if kwargs:
                raise TypeError('SimpleQueue() takes no keyword arguments')
        self = object.__new__(cls)
        self._queue = deque()
        return self

    def put(self, *args, **kwargs):
        '''Put the item on the queue.

        The optional 'block' and 'timeout' arguments are ignored, as this method
        never blocks.  They are provided for compatibility with the Queue class.
        '''
        item, block, timeout = _parse('put', ('item', 'block', 'timeout'), 1,
                                      args, kwargs)
        if block is not _MISSING:
            bool(block)
        self._queue.append(item)

    def put_nowait(self, *args, **kwargs):
        '''Put an item into the queue without blocking.'''
        item, = _parse('put_nowait', ('item',), 1, args, kwargs)
        self._queue.append(item)

    def get(self, *args, **kwargs):
        '''Remove and return an item from the queue.'''
        block, timeout = _parse('get', ('block', 'timeout'), 0, args, kwargs)
        block = True if block is _MISSING else bool(block)
        if timeout is _MISSING:
            timeout = None
        ns = None
        if not block:
            ns = 0
        elif timeout is not None:
            ns = _timeout_ns(timeout)
            if ns < 0:
                raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            if ns is None:
                while not self._queue:
                    _sleep(_POLL)
            elif ns > 0:
                endtime = time() + ns / 1e9
                while not self._queue:
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        break
                    _sleep(_POLL if remaining > _POLL else remaining)
            if not self._queue:
                raise Empty
        return self._queue.popleft()

    def get_nowait(self, *args, **kwargs):
        '''Remove and return an item from the queue without blocking.'''
        if args:
            raise TypeError('get_nowait() takes no arguments')
        if not self._queue:
            raise Empty
        return self._queue.popleft()

    def empty(self, *args, **kwargs):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        if kwargs:
            raise TypeError('SimpleQueue.empty() takes no keyword arguments')
        if args:
            raise TypeError('SimpleQueue.empty() takes no arguments (%d given)'
                            % len(args))
        return len(self._queue) == 0

    def qsize(self, *args, **kwargs):
        '''Return the approximate size of the queue (not reliable!).'''
        if kwargs:
            raise TypeError('SimpleQueue.qsize() takes no keyword arguments')
        if args:
            raise TypeError('SimpleQueue.qsize() takes no arguments (%d given)'
                            % len(args))
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)
