# CPython's errors from open() and from file objects: bad arguments, missing files,
# closed files (each layer words it its own way), unsupported operations.
import io

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__module__, type(e).__name__, e)
    else:
        print(label, '->', repr(r))

D = 'io/data/'
P = D + 'mixed_newlines.txt'

t('missing', lambda: open('io/data/no such file.txt'))
t('missing binary', lambda: open('io/data/nope.bin', 'rb'))
t('missing dir', lambda: open('io/nodir/x.txt'))
t('directory', lambda: open('io/data'))
t('exists x', lambda: open(P, 'x'))
t('errno', lambda: (lambda e: (e.errno, e.strerror, e.filename))(_catch(lambda: open('io/missing'))))
t('mode q', lambda: open(P, 'q'))
t('mode rw', lambda: open(P, 'rw'))
t('mode rr', lambda: open(P, 'rr'))
t('mode empty', lambda: open(P, ''))
t('mode b', lambda: open(P, 'b'))
t('mode tb', lambda: open(P, 'rtb'))
t('mode U', lambda: open(P, 'rU'))
t('mode int', lambda: open(P, 1))
t('binary encoding', lambda: open(P, 'rb', encoding='utf-8'))
t('binary errors', lambda: open(P, 'rb', errors='strict'))
t('binary newline', lambda: open(P, 'rb', newline=''))
t('unbuffered text', lambda: open(P, 'r', buffering=0))
t('newline bad', lambda: open(P, newline='x'))
t('newline int', lambda: open(P, newline=5))
t('encoding unknown', lambda: open(P, encoding='nope'))
t('encoding int', lambda: open(P, encoding=5))
t('file float', lambda: open(1.5))
t('file None', lambda: open(None))
t('file list', lambda: open([]))
t('no args', lambda: open())
t('bad keyword', lambda: open(P, colour='red'))
t('null byte', lambda: open('io/\0x'))

def _catch(f):
    try:
        f()
    except OSError as e:
        return e

f = open(P)
t('write on reader', lambda: f.write('x'))
t('buffer write on reader', lambda: f.buffer.write(b'x'))
t('raw write on reader', lambda: f.buffer.raw.write(b'x'))
t('truncate on reader', lambda: f.truncate())
t('write bytes', lambda: f.write(b'x'))
t('seek cur', lambda: f.seek(1, 1))
t('seek end', lambda: f.seek(-1, 2))
t('seek whence 3', lambda: f.seek(0, 3))
t('seek negative', lambda: f.seek(-1))
t('read float', lambda: f.read(1.5))
t('read two args', lambda: f.read(1, 2))
f.close()
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'fileno', 'isatty', 'readable',
             'seekable', 'writable', 'flush', '__iter__', '__next__', '__enter__']:
    t('text closed ' + name, getattr(f, name))
t('text closed seek', lambda: f.seek(0))
t('text closed write', lambda: f.write('x'))
t('text closed for', lambda: [l for l in f])
print(repr(f), repr(f.buffer), repr(f.buffer.raw), f.closed, f.buffer.closed, f.buffer.raw.closed)

b = open(P, 'rb')
b.close()
for name in ['read', 'read1', 'readline', 'readlines', 'peek', 'tell', 'fileno', 'isatty',
             'readable', 'seekable', 'writable', 'flush', '__next__']:
    t('buffered closed ' + name, getattr(b, name))
t('buffered closed readinto', lambda: b.readinto(bytearray(2)))
t('buffered closed seek', lambda: b.seek(0))
t('buffered closed write', lambda: b.write(b'x'))

r = open(P, 'rb', buffering=0)
r.close()
for name in ['read', 'readall', 'readline', 'tell', 'fileno', 'isatty', 'readable',
             'seekable', 'writable', 'flush']:
    t('raw closed ' + name, getattr(r, name))
t('raw closed readinto', lambda: r.readinto(bytearray(2)))
print(repr(r))

with open(P, 'rb') as b:
    t('readinto str', lambda: b.readinto('abc'))
    t('readinto bytes', lambda: b.readinto(b'abc'))
    t('readinto readonly view', lambda: b.readinto(memoryview(b'abc')))
    t('write on reader', lambda: b.write(b'x'))
    t('truncate on reader', lambda: b.truncate(0))
with open(P, 'rb', buffering=0) as r:
    t('raw write on reader', lambda: r.write(b'x'))
    t('raw truncate on reader', lambda: r.truncate(0))

t('unsupported is OSError', lambda: issubclass(io.UnsupportedOperation, OSError))
t('unsupported is ValueError', lambda: issubclass(io.UnsupportedOperation, ValueError))
try:
    open(P).write('x')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e.args)
try:
    open(P).write('x')
except OSError as e:
    print('caught as OSError:', type(e).__name__, e.args)
try:
    open('io/missing.txt')
except FileNotFoundError as e:
    print('errno', e.errno, e.strerror, e.filename, e.args)
