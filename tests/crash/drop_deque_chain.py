# args: --timeout 20
# expect: freed
from collections import deque
d = deque()
for i in range(10**6):
    d = deque([d], 1)
del d
class D(deque):
    pass
s = D()
for i in range(10**6):
    s = D([s])
del s
it = iter(deque())
for i in range(10**6):
    it = iter(deque([it]))
del it
print("freed")
