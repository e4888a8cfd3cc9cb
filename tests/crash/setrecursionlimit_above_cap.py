# args: --timeout 20 --max-memory 50M
# expect: 1000
# expect: RecursionError maximum recursion depth exceeded
import sys
sys.setrecursionlimit(10**7)
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
