from functools import singledispatch, singledispatchmethod
@singledispatch
def f(x): return 'obj'
@f.register
def _(x: int): return 'int'
@f.register
def _(x: str | bytes): return 'text'
print(f(1), f('a'), f(b'b'), f(1.5))
try:
    @f.register
    def _(x: 5): pass
except TypeError as e: print(e)
class C:
    @singledispatchmethod
    def m(self, a): return 'obj'
    @m.register
    def _(self, a: list): return 'list'
print(C().m([]), C().m(1))
from contextlib import ExitStack
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError('k')
except ZeroDivisionError as e: print('ZeroDivisionError', type(e.__context__).__name__)
import collections.abc, types
print(collections.deque[int] if False else '', isinstance(list[int], type))
