# Reading files that exist in the repository (read-only): text and binary layers,
# universal newlines, encodings, positions, iteration, the layers' reprs and attributes.
import io

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

D = 'io/data/'

with open('io/read_files.py') as me:  # this script (cwd is tests/corpus)
    first = me.readline()
    print(repr(first), me.tell() == len(first.encode()))
    print(sum(1 for _ in me) > 10)

f = open(D + 'mixed_newlines.txt')
print(repr(f), f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
print(repr(f.buffer), f.buffer.name, f.buffer.mode, repr(f.buffer.raw), f.buffer.raw.mode)
print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
print(f.readlines())
t('read at end', f.read)
t('readline at end', f.readline)
f.seek(0)
t('read 7', lambda: f.read(7))
t('tell', f.tell)
t('readline', f.readline)
t('read 9', lambda: f.read(9))
t('tell', f.tell)
t('read 1', lambda: f.read(1))
t('read rest', f.read)
t('tell end', f.tell)
t('seek 0 2', lambda: f.seek(0, 2))
t('seek 0 1', lambda: f.seek(0, 1))
f.seek(0)
t('readline 5', lambda: f.readline(5))
t('readline 0', lambda: f.readline(0))
t('readline', f.readline)
f.seek(0)
t('readlines hint', lambda: f.readlines(12))
f.close()
print(f.closed, repr(f))

for nl in ['', '\n', '\r', '\r\n']:
    with open(D + 'mixed_newlines.txt', newline=nl) as g:
        print(repr(nl), g.readlines())
    with open(D + 'mixed_newlines.txt', newline=nl) as g:
        print(repr(nl), repr(g.read(15)), repr(g.read()))

with open(D + 'mixed_newlines.txt', 'rb') as b:
    print(repr(b), b.mode, b.name, repr(b.raw))
    print(b.readline(), b.readline(3), b.read(4), b.tell())
    print(b.readlines())
    b.seek(-5, 2)
    print(b.read(), b.seek(3), b.seek(2, 1), b.read(3), b.tell())
    b.seek(0)
    print(list(b))
    b.seek(0)
    print(b.peek()[:5], b.read1(3), b.read1(), b.read1())

with open(D + 'mixed_newlines.txt', 'rb', buffering=0) as r:
    print(repr(r), r.closefd, r.readable(), r.writable())
    print(r.read(5), r.readline(), r.readall(), r.read())

for name, enc in [('utf16.txt', 'utf-16'), ('utf16be.txt', 'utf-16-be'),
                  ('latin1.txt', 'latin-1'), ('utf8sig.txt', 'utf-8-sig'),
                  ('utf8sig.txt', 'utf-8'), ('utf8.txt', 'utf-8'), ('utf8.txt', 'UTF8')]:
    with open(D + name, encoding=enc) as g:
        print(name, repr(g), g.encoding)
        print(repr(g.read()))
    with open(D + name, encoding=enc) as g:
        print(g.readlines())
    with open(D + name, encoding=enc) as g:
        print(repr(g.read(3)), repr(g.readline()), repr(g.read(2)))

with open(D + 'utf8.txt') as g:
    chars = []
    while True:
        c = g.read(1)
        if not c:
            break
        chars.append(c)
    print(len(chars), ''.join(chars) == open(D + 'utf8.txt').read())

t('strict', lambda: open(D + 'bad_utf8.bin').read())
for errors in ['replace', 'ignore', 'backslashreplace']:
    with open(D + 'bad_utf8.bin', errors=errors) as g:
        print(errors, ascii(g.read()))
t('latin-1 of utf-8', lambda: open(D + 'utf8.txt', encoding='latin-1').readline())
t('ascii', lambda: open(D + 'utf8.txt', encoding='ascii').read())

with open(D + 'bytes.bin', 'rb') as b:
    data = b.read()
    print(len(data), data[:4], data[-4:], data == bytes(range(256)) * 4)
    b.seek(250)
    print(b.read(10))
    b.seek(1000)
    print(b.read(100), b.read(), b.read(5), b.tell())

print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
with open(D + 'bytes.bin', 'rb') as b:
    print(isinstance(b, io.BufferedReader), isinstance(b, io.BufferedIOBase), isinstance(b.raw, io.FileIO), isinstance(b.raw, io.RawIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO)
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.UnsupportedOperation)
print(io.UnsupportedOperation.__mro__)
