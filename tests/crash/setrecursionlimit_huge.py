# args: --timeout 20
# expect: OverflowError Python int too large to convert to C int
# expect: True
import sys
try:
    sys.setrecursionlimit(2**62)
except OverflowError as e:
    print("OverflowError", e)
print([[1]] == [[1]])
