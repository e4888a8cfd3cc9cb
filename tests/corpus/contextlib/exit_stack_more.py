from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing, redirect_stdout, redirect_stderr, AbstractContextManager
import io, sys
@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)
log = []
with ExitStack() as st:
    names = [st.enter_context(res(n, log)) for n in 'abc']
    log.append('body ' + ''.join(names))
print(log)
log = []
try:
    with ExitStack() as st:
        st.enter_context(res('x', log))
        st.callback(log.append, 'cb')
        raise KeyError('k')
except KeyError as e: print('escaped', e, log)
def raiser(*a): raise ValueError('from exit')
try:
    with ExitStack() as st:
        st.push(raiser)
        st.callback(log.append, 'after')
except ValueError as e: print('ValueError', e)
def suppressor(et, ev, tb):
    print('suppressor sees', et.__name__ if et else None); return True
with ExitStack() as st:
    st.push(suppressor)
    st.push(raiser)
print('survived')
class CM:
    def __enter__(self): print('CM enter'); return self
    def __exit__(self, *a): print('CM exit', a[0]); return False
with ExitStack() as st:
    st.push(CM())
    print('pushed CM (no enter)')
cb = ExitStack().callback(print, 'x'); print(cb is print)
def f(): pass
print(ExitStack().push(f) is f)
with ExitStack() as st:
    inner = st.pop_all()
print('inner still pending'); inner.close()
st = ExitStack(); st.callback(print, 'kw', sep='-', end='!\n'); st.close(); st.close()
@contextmanager
def gen_raise():
    yield
    raise RuntimeError('after yield')
try:
    with gen_raise(): pass
except RuntimeError as e: print('RuntimeError', e)
@contextmanager
def transform():
    try: yield
    except ZeroDivisionError: raise ValueError('transformed')
try:
    with transform(): 1 / 0
except ValueError as e: print('ValueError', e, type(e.__context__).__name__)
@contextmanager
def ignore_stop():
    yield
try:
    with ignore_stop(): raise StopIteration('stop')
except StopIteration as e: print('StopIteration', e)
@contextmanager
def reuse(): yield 1
cm = reuse()
with cm as v: print('first', v)
try:
    with cm: pass
except (RuntimeError, AttributeError) as e: print('reuse fails', type(e).__name__)
@contextmanager
def counting():
    counting.n = getattr(counting, 'n', 0) + 1
    yield counting.n
@counting()
def decorated(x): return x * 2
print(decorated(1), decorated(2))
with suppress(): pass
with suppress(KeyError, IndexError): [][1]
with suppress(LookupError): {}['x']
try:
    with suppress(KeyError): raise ValueError('v')
except ValueError as e: print('ValueError', e)
with suppress(Exception) as s: print(s)
with nullcontext() as n: print(n)
class Closer:
    def close(self): print('closer closed')
try:
    with closing(Closer()): raise KeyError
except KeyError: print('closed even on error')
out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out) as o, redirect_stderr(err) as e:
    print('to out'); print('to err', file=sys.stderr); print(o is out, e is err)
print(repr(out.getvalue()), repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r: print('one')
with r: print('two')
print('restored', sys.stdout is sys.__stdout__ if hasattr(sys, '__stdout__') else True)
print(isinstance(nullcontext(), AbstractContextManager), isinstance(io.StringIO(), AbstractContextManager))
class Enter:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
class OnlyEnter:
    def __enter__(self): return 1
print(issubclass(Enter, AbstractContextManager), issubclass(OnlyEnter, AbstractContextManager))
try: AbstractContextManager()
except TypeError as e: print(e)
