"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0.  Elements are compared with `<` only, in the same
order as CPython's _heapq, so equal-comparing items end up where CPython puts
them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, name, single=False):
    if not isinstance(heap, list):
        got = 'None' if heap is None else type(heap).__name__
        raise TypeError('%s() argument%s must be list, not %s'
                        % (name, '' if single else ' 1', got))


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, 'heappop', True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check(heap, 'heappushpop')
    if not heap:
        return item
    top = heap[0]
    if not top < item:
        return item
    if not heap:
        raise IndexError("index out of range")
    heap[0] = item
    _siftup(heap, 0)
    return top


def _heapify_with(heap, siftup):
    # CPython sifts big lists in a cache-friendlier order that builds the same heap.
    for i in reversed(range(len(heap) // 2)):
        siftup(heap, i)


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, 'heapify', True)
    _heapify_with(heap, _siftup)


def _heappop_max(heap, /):
    """Maxheap version of a heappop."""
    _check(heap, '_heappop_max', True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap version of a heappop followed by a heappush."""
    _check(heap, '_heapreplace_max')
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def _heapify_max(heap, /):
    """Maxheap version of heapify."""
    _check(heap, '_heapify_max', True)
    _heapify_with(heap, _siftup_max)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards the root until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up to the leaf, then sift the item back down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).
    '''
    if reverse:
        h_heapify, h_pop, h_replace, direction = (
            _heapify_max, _heappop_max, _heapreplace_max, -1)
    else:
        h_heapify, h_pop, h_replace, direction = heapify, heappop, heapreplace, 1
    # Each entry: [sort key, input number (breaks ties stably), value?, next].
    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            try:
                nxt = it.__next__
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        h_heapify(h)
        while len(h) > 1:
            try:
                while True:
                    value, order, nxt = s = h[0]
                    yield value
                    s[0] = nxt()
                    h_replace(h, s)
            except StopIteration:
                h_pop(h)
        if h:
            value, order, nxt = h[0]
            yield value
            yield from nxt.__self__
        return
    for order, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.__next__
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    h_heapify(h)
    while len(h) > 1:
        try:
            while True:
                key_value, order, value, nxt = s = h[0]
                yield value
                value = nxt()
                s[0] = key(value)
                s[2] = value
                h_replace(h, s)
        except StopIteration:
            h_pop(h)
    if h:
        key_value, order, value, nxt = h[0]
        yield value
        yield from nxt.__self__


def _select(n, iterable, key, largest):
    # nsmallest/nlargest: a heap of the n best so far, keyed (value, order)
    # or (key, order, value) so that ties keep their input order.
    it = iter(iterable)
    if largest:
        orders = range(0, -n, -1)
    else:
        orders = range(n)
    if key is None:
        result = [(elem, i) for i, elem in zip(orders, it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(orders, it)]
    if not result:
        return result
    if largest:
        heapify(result)
        replace = heapreplace
        order = -n
        step = -1
    else:
        _heapify_max(result)
        replace = _heapreplace_max
        order = n
        step = 1
    top = result[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if (top < k) if largest else (k < top):
            replace(result, (k, order) if key is None else (k, order, elem))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    return [r[-1] if key is not None else r[0] for r in result]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    return _select(n, iterable, key, True)
