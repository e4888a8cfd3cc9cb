# The standard streams: text and binary writes interleave in order, print(file=...,
# flush=...), a replaced sys.stdout, stdin at end of input (the runner gives none).
import sys, io

print('text 1')
sys.stdout.buffer.write(b'binary 2\n')
print('text 3', flush=True)
sys.stdout.write('write 4\n')
sys.stdout.buffer.write(memoryview(b'[view 5]\n')[1:])
sys.stdout.buffer.write(bytearray(b'bytearray 6\n'))
print(sys.stdout.write('counted\n'), sys.stdout.buffer.write(b'12345\n'))
sys.stdout.flush()
sys.stdout.buffer.flush()
print(repr(sys.stdout), repr(sys.stdin), repr(sys.stderr))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.closed, sys.stdin.closed, sys.stdout.line_buffering is not None)
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin, sys.__stderr__ is sys.stderr)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdin.buffer, io.BufferedReader))

for label, f in [('stdout.write bytes', lambda: sys.stdout.write(b'x')),
                 ('buffer.write str', lambda: sys.stdout.buffer.write('x')),
                 ('stdin.write', lambda: sys.stdin.write('x')),
                 ('stdout.read', lambda: sys.stdout.read()),
                 ('stdin.read', lambda: sys.stdin.read()),
                 ('stdin.readline', lambda: sys.stdin.readline()),
                 ('stdin.readlines', lambda: sys.stdin.readlines()),
                 ('stdin.buffer.read', lambda: sys.stdin.buffer.read()),
                 ('stdin.buffer.readline', lambda: sys.stdin.buffer.readline()),
                 ('list(stdin)', lambda: list(sys.stdin)),
                 ('input', lambda: input()),
                 ('input prompt', lambda: input('your name? ')),
                 ('input int prompt', lambda: input(42))]:
    try:
        r = f()
    except Exception as e:
        print()
        print(label, '!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

# print to other files
s = io.StringIO()
print('a', 'b', sep='-', end='|', file=s)
print(1, 2, 3, file=s, flush=True)
print(file=s)
print(repr(s.getvalue()))

class Collect:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        self.flushed += 1

c = Collect()
print('x', 'y', file=c, flush=True)
print(c.parts, c.flushed)
print('to stdout explicitly', file=sys.stdout)
print('none file', file=None)

old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 1)
sys.stdout.write('direct\n')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

sys.stdout = c
print('into Collect')
sys.stdout = sys.__stdout__
print(c.parts[-2:])

try:
    print('x', file=1)
except AttributeError as e:
    print('AttributeError', e)
try:
    print('x', file=io.StringIO(), flush='yes')
except Exception as e:
    print(type(e).__name__, e)
else:
    print('flush truthy ok')

print('to stderr', file=sys.stderr)
sys.stderr.write('stderr write\n')
sys.stderr.flush()
print('after stderr')
