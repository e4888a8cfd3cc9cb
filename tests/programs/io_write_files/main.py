# Writing files: every mode, the three layers, positions, truncation, encodings,
# newline translation, writes from memoryview slices, files closed when freed.
import array, io

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

p = 'out.txt'
with open(p, 'w') as f:
    print(repr(f), f.write('hello\nwörld\n'), f.tell())
    f.writelines(['a\n', 'b\n'])
    print(f.closed, f.writable(), f.readable(), f.seekable(), repr(f.buffer))
    t('read on writer', f.read)
    t('readline on writer', f.readline)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, 'rb') as f:
    print(f.read(), f.tell())
with open(p, 'a') as f:
    print(repr(f), f.write('more\n'), f.tell())
with open(p, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write('HX')
    f.seek(0)
    print(repr(f.read()))
with open(p, 'w+') as f:
    f.write('abc\r\ndef\rghi')
    f.seek(0)
    print(f.readlines())
    print(f.seek(0, 2), f.tell())

with open('bin.dat', 'wb') as f:
    print(repr(f), f.write(b'0123456789'), f.write(bytearray(b'ab')))
    print(f.write(memoryview(b'xyzXYZ')[1:4]), f.write(array.array('b', [65, 66])), f.tell())
    t('write str', lambda: f.write('s'))
    t('read on writer', f.read)
    t('readinto on writer', lambda: f.readinto(bytearray(2)))
with open('bin.dat', 'r+b') as f:
    print(repr(f), f.truncate(4), f.read(), f.tell())
    f.seek(0, 2)
    f.write(b'ZZ')
    f.seek(1)
    f.write(b'-')
    f.seek(0)
    print(f.read(), f.tell())
    print(f.truncate(), f.seek(0), f.read())
with open('bin.dat', 'ab') as f:
    print(repr(f), f.tell(), f.write(b'++'), f.tell())
with open('bin.dat', 'rb', buffering=0) as f:
    print(f.readall())
with open('raw.dat', 'wb', buffering=0) as f:
    print(repr(f), f.write(b'raw bytes'), f.tell(), f.seek(0), f.write(b'RAW'))
    t('read on raw writer', f.read)
with open('raw.dat', 'xb') if False else open('raw.dat', 'rb') as f:
    print(f.read())
t('x on existing', lambda: open('raw.dat', 'x'))
with open('new.txt', 'x') as f:
    print(repr(f), f.mode, f.buffer.mode, f.buffer.raw.mode, f.write('created'))
with open('new.txt', 'a+') as f:
    print(f.buffer.raw.mode, f.tell(), f.write('!'))
    f.seek(0)
    print(repr(f.read()))

with open('utf16.txt', 'w', encoding='utf-16') as f:
    f.write('hé\nx')
with open('utf16.txt', 'rb') as f:
    print(f.read())
with open('latin1.txt', 'w', encoding='latin-1') as f:
    f.write('hé\n')
    t('unencodable', lambda: f.write('€'))
with open('latin1.txt', 'w', encoding='latin-1', errors='replace') as f:
    f.write('h€\n')
with open('latin1.txt', 'rb') as f:
    print(f.read())
with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open('cr.txt', 'w', newline='\r') as f:
    f.write('a\nb\n')
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('sig')
for name in ['crlf.txt', 'cr.txt', 'sig.txt']:
    with open(name, 'rb') as f:
        print(name, f.read())
with open('sig.txt', encoding='utf-8-sig') as f:
    print(repr(f.read()))

f = open('unclosed.txt', 'w')
f.write('flushed when freed')
del f
print(open('unclosed.txt').read())

f = open('closed.txt', 'w')
f.write('abc')
f.close()
t('write closed', lambda: f.write('x'))
t('flush closed', f.flush)
b = open('closed.bin', 'wb')
b.close()
t('buffered write closed', lambda: b.write(b'x'))
t('buffered flush closed', b.flush)

with open('printed.txt', 'w') as f:
    for i in range(3):
        print(i, 'x', sep='-', file=f)
    print('flushed', file=f, flush=True)
print(open('printed.txt').read(), end='')
for line in open('printed.txt'):
    print(repr(line))
for line in open('printed.txt', 'rb'):
    print(repr(line))
with open('printed.txt') as f:
    print(repr(next(f)), repr(f.readline(1)), repr(f.readline()), list(f))

with open('big.txt', 'w') as f:
    for i in range(3000):
        f.write(f'line {i}\n')
with open('big.txt') as f:
    lines = f.readlines()
    print(len(lines), lines[0], lines[-1], f.tell())
with open('big.txt', 'rb') as f:
    data = f.read()
    print(len(data), data.count(b'\n'))
with open('big.txt', 'r+') as f:
    f.seek(0, 2)
    end = f.tell()
    f.truncate(10)
    print(end, f.tell(), f.seek(0), repr(f.read()))
