import keyword
print(keyword.iskeyword('if'), keyword.iskeyword('x'), keyword.issoftkeyword('match'))
print(keyword.__name__, keyword.__package__, keyword.__all__)
print(len(keyword.kwlist))
from keyword import kwlist
print(kwlist[:3])
import sys
print('keyword' in sys.modules)
print(keyword.__doc__ is not None, callable(keyword.iskeyword))
print(sorted(k for k in dir(keyword) if not k.startswith('__')))
