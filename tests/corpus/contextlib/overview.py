import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout, AbstractContextManager, ContextDecorator
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('a') as t: print('inside', t)
try:
    with tag('b'): raise ValueError('boom')
except ValueError as e: print('caught', e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print('swallowed', repr(e))
with swallow(): raise KeyError('k')
print('after swallow')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(): print('body')
decorated()
with suppress(ZeroDivisionError): 1 / 0
print('suppressed')
try:
    with suppress(KeyError): 1 / 0
except ZeroDivisionError: print('not suppressed')
class Thing:
    def close(self): print('closed')
with closing(Thing()) as th: print(type(th).__name__)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('es'))
    print('in stack')
with ExitStack() as stack:
    stack.push(lambda *a: True)
    raise ValueError('hidden')
print('exitstack suppressed')
with nullcontext(5) as v: print(v)
buf = io.StringIO()
with redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
class CM(AbstractContextManager):
    def __exit__(self, *a): return None
with CM() as c: print(type(c).__name__)
print(issubclass(CM, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
class CD(ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit'); return False
@CD()
def g(x): print('g', x); return x * 2
print(g(4))
s = ExitStack(); s.callback(print, 'closed stack'); s2 = s.pop_all(); s.close(); s2.close()
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
