# io.StringIO: every method, newline modes, edge cases and CPython's errors.
import io

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = io.StringIO('héllo\nwörld ☃\nlast')
t('read 0', lambda: s.read(0))
t('read 3', lambda: s.read(3))
t('tell', s.tell)
t('readline', s.readline)
t('readline 2', lambda: s.readline(2))
t('readline -1', lambda: s.readline(-1))
t('readline None', lambda: s.readline(None))
t('read None', lambda: s.read(None))
t('read at end', s.read)
t('seek 0', lambda: s.seek(0))
t('readlines', s.readlines)
s.seek(0)
t('readlines hint', lambda: s.readlines(4))
s.seek(0)
t('list', lambda: list(s))
s.seek(0)
t('next', lambda: next(s))
t('seek end', lambda: s.seek(0, 2))
t('seek cur', lambda: s.seek(0, 1))
t('seek cur nonzero', lambda: s.seek(1, 1))
t('seek end nonzero', lambda: s.seek(-1, 2))
t('seek negative', lambda: s.seek(-1))
t('seek whence 5', lambda: s.seek(0, 5))
t('seek past end', lambda: s.seek(50))
t('read past end', s.read)
t('getvalue', s.getvalue)

w = io.StringIO()
t('write', lambda: w.write('abc'))
t('write non-ascii', lambda: w.write('é☃🐍'))
t('len counts code points', lambda: len(w.getvalue()))
t('tell', w.tell)
t('write bytes', lambda: w.write(b'x'))
t('write None', lambda: w.write(None))
t('seek 10', lambda: w.seek(10))
t('write past end', lambda: w.write('Z'))
t('getvalue padded', w.getvalue)
t('seek 1', lambda: w.seek(1))
t('overwrite', lambda: w.write('XY'))
t('getvalue', w.getvalue)
t('truncate 4', lambda: w.truncate(4))
t('tell after truncate', w.tell)
t('getvalue', w.getvalue)
t('truncate None', w.truncate)
t('truncate -1', lambda: w.truncate(-1))
t('writelines', lambda: w.writelines(['1', '2']))
t('getvalue', w.getvalue)
t('readable', w.readable)
t('writable', w.writable)
t('seekable', w.seekable)
t('isatty', w.isatty)
t('fileno', w.fileno)
t('line_buffering', lambda: w.line_buffering)

text = 'a\r\nb\rc\nd'
for nl in [None, '', '\n', '\r', '\r\n']:
    m = io.StringIO(text, newline=nl)
    print(repr(nl), m.readlines(), repr(m.getvalue()))
    m = io.StringIO(newline=nl)
    m.write('x\ny\r\nz\r')
    m.seek(0)
    print(repr(nl), repr(m.read()), repr(m.getvalue()))
t('newline bad', lambda: io.StringIO('', newline='x'))
t('newline int', lambda: io.StringIO('', newline=1))
t('initial int', lambda: io.StringIO(5))
t('initial None', lambda: io.StringIO(None).getvalue())
t('keywords', lambda: io.StringIO(initial_value='kw', newline='').getvalue())
t('initial tell', lambda: io.StringIO('abc').tell())

c = io.StringIO('x')
c.close()
c.close()
t('closed', lambda: c.closed)
for name in ['read', 'readline', 'readlines', 'getvalue', 'tell', 'readable', 'writable',
             'seekable', '__next__']:
    t(name, getattr(c, name))
t('write', lambda: c.write('x'))
t('seek', lambda: c.seek(0))
t('truncate', lambda: c.truncate(0))

with io.StringIO('ctx') as m:
    print(m.read(), m.closed)
print(m.closed)

class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

lg = Log()
print('printed', 42, file=lg)
lg.writelines(['more\n'])
print(repr(lg.getvalue()), isinstance(lg, io.TextIOBase), isinstance(lg, io.IOBase))
print(io.StringIO, type(io.StringIO()).__name__)
