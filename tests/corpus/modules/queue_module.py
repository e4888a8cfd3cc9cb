# queue module: Queue, LifoQueue, PriorityQueue, SimpleQueue (single-threaded use)
import queue
from queue import Empty, Full


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e))
    else:
        print(label, '=', repr(r))


print(sorted(queue.__all__))
print(queue.Empty, queue.Full, queue.SimpleQueue)
print(issubclass(Empty, Exception), issubclass(Full, Exception))
print(repr(Empty()), repr(Full('x')))
print(Empty.__doc__)
print(Full.__doc__)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(issubclass(queue.SimpleQueue, queue.Queue))

# generic aliases
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple])
print(queue.SimpleQueue[int], queue.Queue[int, str])
print(type(queue.Queue[int]).__name__, queue.Queue[int].__origin__ is queue.Queue)
print(queue.Queue[int].__args__)

# FIFO / LIFO / priority order
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    for items in ([3, 1, 2, 5, 4], ['b', 'c', 'a'], [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c'), (2, 'a')]):
        q = cls()
        print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
        for x in items:
            q.put(x)
        print(' size', q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
        print(' queue', type(q.queue).__name__, list(q.queue) if cls is not queue.PriorityQueue else sorted(q.queue))
        out = [q.get() for _ in items]
        print(' out', out, q.qsize(), q.empty(), q.unfinished_tasks)
        attempt(' get_nowait empty', q.get_nowait)
        attempt(' get block=False', lambda: q.get(block=False))
        attempt(' get False,5', lambda: q.get(False, 5))
        attempt(' get timeout=0', lambda: q.get(timeout=0))
        attempt(' get timeout=0.01', lambda: q.get(True, 0.01))
        attempt(' get timeout=-1', lambda: q.get(timeout=-1))
        attempt(' get timeout=-0.5', lambda: q.get(True, -0.5))
        attempt(' get timeout=x', lambda: q.get(timeout='x'))
        for _ in items:
            q.task_done()
        print(' unfinished', q.unfinished_tasks, q.join())
        attempt(' task_done extra', q.task_done)
        print(' unfinished', q.unfinished_tasks)

# priority ties with equal tuples
pq = queue.PriorityQueue()
for x in [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a'), (2, '')]:
    pq.put_nowait(x)
print([pq.get_nowait() for _ in range(5)])
pq.put((1, [1]))
pq.put((1, [0]))
print(pq.get(), pq.get())
pq.put(1)
attempt('priority mixed', lambda: pq.put('a'))
print(pq.qsize(), pq.unfinished_tasks)

# maxsize bounds
for m in (0, -1, -5):
    q = queue.Queue(m)
    for i in range(10):
        q.put(i, block=False)
    print('maxsize', q.maxsize, q.qsize(), q.full())
    q.put(10, timeout=-1)
    q.put(11, True, 0)
    print(' after', q.qsize(), q.unfinished_tasks)

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    for m in (1, 3):
        q = cls(maxsize=m)
        for i in range(m):
            print(cls.__name__, m, 'full?', q.full())
            q.put(('t', i))
        print(' full', q.full(), q.qsize())
        attempt(' put_nowait', lambda: q.put_nowait('x'))
        attempt(' put block=False', lambda: q.put('x', block=False))
        attempt(' put False,-1', lambda: q.put('x', False, -1))
        attempt(' put timeout=0', lambda: q.put('x', timeout=0))
        attempt(' put timeout=0.01', lambda: q.put('x', True, 0.01))
        attempt(' put timeout=-1', lambda: q.put('x', timeout=-1))
        attempt(' put timeout=str', lambda: q.put('x', timeout='1'))
        print(' size', q.qsize(), q.unfinished_tasks)
        print(' get', q.get(timeout=0))
        print(' full', q.full())
        q.put(('y', 9), timeout=0.01)
        print(' full', q.full(), [q.get_nowait() for _ in range(q.qsize())], q.empty())
        attempt(' join pending', lambda: q.unfinished_tasks)
        while q.unfinished_tasks:
            q.task_done()
        print(' join', q.join())

# negative timeouts are validated even when no waiting is needed
q = queue.Queue(2)
attempt('put neg timeout not full', lambda: q.put(1, timeout=-3))
q.put(1, block=False, timeout=-3)
attempt('get neg timeout nonempty', lambda: q.get(timeout=-3))
print(q.get(block=False, timeout=-3), q.qsize(), q.unfinished_tasks)
q = queue.Queue()
q.put(1, timeout=-3)
print('unbounded put neg timeout ok', q.qsize())

# task_done / join bookkeeping
q = queue.Queue()
print(q.join(), q.unfinished_tasks)
attempt('task_done fresh', q.task_done)
q.put('a'); q.put('b')
print(q.unfinished_tasks)
q.get()
q.task_done()
print(q.unfinished_tasks)
q.get()
print(q.unfinished_tasks, q.qsize())
q.task_done()
print(q.unfinished_tasks, q.join())
q.unfinished_tasks = 2
q.task_done(); q.task_done()
attempt('task_done after manual', q.task_done)
print(q.unfinished_tasks)

# attributes and absent threading attributes
q = queue.Queue(4)
print(sorted(k for k in vars(q) if k in ('maxsize', 'queue', 'unfinished_tasks')))
print(q.maxsize, q.queue, q.unfinished_tasks)

# wrong argument types / counts
attempt('Queue(None).put', lambda: queue.Queue(None).put(1))
attempt('Queue("a").full', lambda: queue.Queue('a').full())
attempt('Queue(1, 2)', lambda: queue.Queue(1, 2))
attempt('Queue(foo=1)', lambda: queue.Queue(foo=1))
attempt('put()', lambda: queue.Queue().put())
attempt('get(1,2,3)', lambda: queue.Queue().get(1, 2, 3))
attempt('put_nowait()', lambda: queue.Queue().put_nowait())
attempt('get_nowait(1)', lambda: queue.Queue().get_nowait(1))
attempt('qsize(1)', lambda: queue.Queue().qsize(1))
attempt('Queue(2.5)', lambda: queue.Queue(2.5).full())
q = queue.Queue(2.5)
q.put(1); q.put(2); q.put(3)
print('float maxsize', q.full(), q.qsize())


# subclass overriding hooks
class Recording(queue.Queue):
    def _init(self, maxsize):
        print('  _init', maxsize)
        self.log = []
        self.queue = []

    def _qsize(self):
        self.log.append('qsize')
        return len(self.queue)

    def _put(self, item):
        self.log.append(('put', item))
        self.queue.insert(0, item)

    def _get(self):
        self.log.append('get')
        return self.queue.pop(0)


r = Recording(2)
print(r.empty(), r.full(), r.qsize())
r.put('a')
r.put('b')
attempt('rec put_nowait', lambda: r.put_nowait('c'))
print(r.get(), r.get_nowait())
attempt('rec get_nowait', r.get_nowait)
attempt('rec get timeout', lambda: r.get(timeout=0.01))
print(r.log)
print(r.unfinished_tasks)


class Bounded(queue.LifoQueue):
    def _qsize(self):
        return len(self.queue) * 10


b = Bounded(15)
b.put(1)
print(b.qsize(), b.full())
attempt('bounded put', lambda: b.put_nowait(2))


class Upper(queue.PriorityQueue):
    def _put(self, item):
        super()._put(item.upper())


u = Upper()
for s in 'cab':
    u.put(s)
print([u.get() for _ in range(3)])
print(Upper[int], Recording.__mro__[1] is queue.Queue)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.qsize(), sq.empty())
for x in [1, 'two', (3, 4), None]:
    sq.put(x)
sq.put(5, False)
sq.put(6, block=False, timeout=-1)
sq.put_nowait(7)
sq.put(item=8)
sq.put_nowait(item=9)
print(sq.qsize(), sq.empty())
print(sq.get(), sq.get(False), sq.get(block=True, timeout=0), sq.get(timeout=1.5), sq.get(True, 10 ** 3))
print(sq.get_nowait(), sq.get(timeout=-1e-10), sq.get(block=0, timeout='x'), sq.get(False, -1))
sq.put('last')
print(sq.qsize(), sq.get(), sq.empty())
attempt('sq get_nowait', sq.get_nowait)
attempt('sq get False', lambda: sq.get(False))
attempt('sq get timeout=0', lambda: sq.get(timeout=0))
attempt('sq get timeout=0.01', lambda: sq.get(timeout=0.01))
attempt('sq get timeout=-1', lambda: sq.get(timeout=-1))
attempt('sq get timeout=-0.5', lambda: sq.get(True, -0.5))
sq.put(1)
for label, f in [
    ('timeout=-1 nonempty', lambda: sq.get(timeout=-1)),
    ('timeout=str', lambda: sq.get(timeout='x')),
    ('timeout=complex', lambda: sq.get(timeout=3j)),
    ('timeout=nan', lambda: sq.get(timeout=float('nan'))),
    ('timeout=1e300', lambda: sq.get(timeout=1e300)),
    ('timeout=-1e300', lambda: sq.get(timeout=-1e300)),
    ('timeout=10**30', lambda: sq.get(timeout=10 ** 30)),
    ('timeout=2**63', lambda: sq.get(timeout=2 ** 63)),
    ('timeout=10**10', lambda: sq.get(timeout=10 ** 10)),
    ('get(1,2,3)', lambda: sq.get(1, 2, 3)),
    ('get(1,2,timeout=3)', lambda: sq.get(1, 2, timeout=3)),
    ('get(block=1,timeout=2,x=3)', lambda: sq.get(block=1, timeout=2, x=3)),
    ('get(foo=1)', lambda: sq.get(foo=1)),
    ('get(1, block=2)', lambda: sq.get(1, block=2)),
    ('put()', lambda: sq.put()),
    ('put(1,2,3,4)', lambda: sq.put(1, 2, 3, 4)),
    ('put(1,foo=2)', lambda: sq.put(1, foo=2)),
    ('put(block=1)', lambda: sq.put(block=1)),
    ('put(1,item=2)', lambda: sq.put(1, item=2)),
    ('put_nowait()', lambda: sq.put_nowait()),
    ('put_nowait(1,2)', lambda: sq.put_nowait(1, 2)),
    ('put_nowait(1,item=2)', lambda: sq.put_nowait(1, item=2)),
    ('put_nowait(x=1)', lambda: sq.put_nowait(x=1)),
    ('get_nowait(1)', lambda: sq.get_nowait(1)),
    ('qsize(1)', lambda: sq.qsize(1)),
    ('qsize(a=1)', lambda: sq.qsize(a=1)),
    ('empty(1, 2)', lambda: sq.empty(1, 2)),
    ('empty(a=1)', lambda: sq.empty(a=1)),
    ('SimpleQueue(1)', lambda: queue.SimpleQueue(1)),
    ('SimpleQueue(a=1)', lambda: queue.SimpleQueue(a=1)),
    ('SimpleQueue(1, a=1)', lambda: queue.SimpleQueue(1, a=1)),
]:
    attempt(label, f)
print(sq.qsize())
print(sq.get(block='yes'), sq.empty())


class MySQ(queue.SimpleQueue):
    pass


m = MySQ()
m.put('m')
print(type(m).__name__, isinstance(m, queue.SimpleQueue), m.get(), m.qsize())
