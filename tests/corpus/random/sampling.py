# sample (small and large populations, counts=) and choices (weights, cum_weights, k).
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


random.seed(99)
print(random.sample(range(10), 3))
print(random.sample(range(10), 10))
print(random.sample(range(10), 0))
print(random.sample('abcdefgh', 5))
print(random.sample(range(100), 6))
print(random.sample(range(10**9), 8))
print(random.sample(range(1000), 30)[:10])
print(random.sample(range(30), 25)[:10])
print(random.sample(('a', 'b', 'c'), k=2))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample('ab', counts=[1, 3], k=4))
show(random.sample, range(3), 4)
show(random.sample, range(3), -1)
show(random.sample, {1, 2, 3}, 2)
show(random.sample, {1: 2}, 1)
show(random.sample, [1, 2], 1, counts=[1])
show(random.sample, [1, 2], 1, counts=[1.5, 1])
show(random.sample, [1, 2], 1, counts=[0, 0])
show(random.sample, [1, 2], 1, counts=[-1, 0])
show(random.sample, [1, 2])
show(random.sample, iter([1, 2]), 1)

print(random.choices('abc'))
print(random.choices('abc', k=10))
print(random.choices(range(5), k=0))
print(random.choices('abc', [10, 1, 1], k=10))
print(random.choices('abc', cum_weights=[1, 2, 12], k=10))
print(random.choices('abc', [0, 0, 1], k=3))
print(random.choices(['x', 'y'], [0.5, 0.25], k=6))
print(random.choices([1, 2, 3], weights=(1, 2, 3), k=5))
show(random.choices, 'abc', 3)
show(random.choices, 'abc', [1, 2], k=2)
show(random.choices, 'abc', [1, 1, 1], cum_weights=[1, 2, 3])
show(random.choices, 'abc', [0, 0, 0])
show(random.choices, 'abc', [1, float('inf'), 1])
show(random.choices, 'abc', [1, 'a', 1])
show(random.choices, [], k=2)
show(random.choices, [], [], k=2)
print(random.choices([], k=0))
show(random.choices, 'abc', k=-1)
show(random.choices, 'abc', cum_weights=[-1, -2, -3])
