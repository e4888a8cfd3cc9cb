# args: --timeout 20 --max-memory 64M
# expect: 8
# expect: 20000
# expect: minipy: memory limit of
# status: 1
from collections import deque
d = deque(range(10))
d.rotate(10**18 + 2); d.rotate(-10**18)
print(d[0])
q = deque([1, 2])
q *= 10**4
print(len(q))
big = deque([1, 2]) * 10**9
