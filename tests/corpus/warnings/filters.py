import sys
import warnings

warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    print('SHOW', category.__name__, message, lineno, line)


def emit(msg, cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)


for action in ['default', 'once', 'module', 'always', 'ignore']:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print('--', action)
    for i in range(2):
        emit('same ' + action)
        emit('same ' + action)
    warnings.warn('direct ' + action)
    warnings.warn('direct ' + action)

warnings.resetwarnings()
warnings.simplefilter('always')
emit('deep', level=2)
emit('too deep', level=50)
warnings.filterwarnings('error', category=RuntimeWarning)
try:
    emit('rt', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', repr(e))
warnings.filterwarnings('ignore', category=DeprecationWarning, append=True)
print([f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    emit('hidden')
    print(len(warnings.filters))
print(len(warnings.filters))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    emit('a')
    emit('b', SyntaxWarning)
    warnings.warn(Warning('obj'))
print([(str(w.message), w.category.__name__) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('dup')
print(len(log))
print(warnings.formatwarning('msg', DeprecationWarning, 'f.py', 10))
print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 10, line='  x = 1\n')))
cw = warnings.catch_warnings(record=True)
print(cw)
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
try:
    warnings.warn('x', stacklevel='a')
except TypeError as e:
    print(e)
try:
    warnings.filterwarnings('ignore', lineno=-1)
except AssertionError as e:
    print(e)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7)
warnings.showwarning = warnings._showwarning_orig
warnings.warn_explicit('explicit2', UserWarning, 'somefile.py', 8)
print('done', file=sys.stderr)
