# args: --timeout 20 --max-memory 64M
# expect: minipy: memory limit of
# status: 1
from collections import deque
import itertools
d = deque()
d.extend(itertools.count())
