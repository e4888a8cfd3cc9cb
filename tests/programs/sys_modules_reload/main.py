import sys
import counter
counter.N = 5
import counter
print(counter.N)
first = counter
del sys.modules["counter"]
import counter
print(counter.N, counter is first)
sys.modules["alias"] = counter
import alias
print(alias is counter)
sys.modules["fake"] = 42
import fake
print(fake)
