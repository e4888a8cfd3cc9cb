# nlargest, nsmallest, merge (key, reverse): results and stable ties.
import heapq


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3]
for n in [-1, 0, 1, 2, 5, 12, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
    print(' ', heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data)))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
for n in [1, 2, 3, 10]:
    print(heapq.nlargest(n, words, key=len), heapq.nsmallest(n, words, key=len))
    print(heapq.nlargest(n, iter(words), key=len), heapq.nsmallest(n, iter(words), key=len))
print(heapq.nlargest(3, []), heapq.nsmallest(3, iter([])), heapq.nlargest(1, []))
print(heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}))
show(heapq.nlargest, 2, [1, 'a', 3])
show(heapq.nsmallest, 2, 5)
show(heapq.nlargest, 'a', [1])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([1, 2], [1, 2], [1])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [6, 3], reverse=True)))
print(list(heapq.merge(['ccc', 'a'], ['bb', 'b'], key=len, reverse=True)))
print(list(heapq.merge(iter([(1, 'a'), (2, 'b')]), [(1, 'c')], key=lambda t: t[0])))
m = heapq.merge([1, 4], [2, 3])
print(next(m), next(m), list(m))
show(lambda: list(heapq.merge(1, [2])))
show(lambda: list(heapq.merge([1], ['a'])))
