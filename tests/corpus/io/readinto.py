# readinto: a file's bytes straight into bytearrays, memoryview slices (also of views
# with other formats) and arrays, in chunks; export refusal while a view is held.
import array, io

P = 'io/data/bytes.bin'

with open(P, 'rb') as f:
    buf = bytearray(1024)
    view = memoryview(buf)
    off = 0
    sizes = []
    while True:
        n = f.readinto(view[off:off + 100])
        sizes.append(n)
        if not n:
            break
        off += n
    print(off, sizes[:3], sizes[-3:], bytes(buf) == open(P, 'rb').read())
    try:
        buf.append(0)
    except BufferError as e:
        print('BufferError', e)
    view.release()
    buf.append(0)
    print(len(buf))

with open(P, 'rb', buffering=0) as r:
    buf = bytearray(10)
    print(r.readinto(memoryview(buf)[2:8]), buf)
    print(r.readinto(buf), buf)
    r.seek(1020)
    print(r.readinto(buf), buf)
    print(r.readinto(buf), r.readinto(bytearray()))

with open(P, 'rb') as f:
    a = array.array('H', [0] * 4)
    print(f.readinto(a), a.tolist())
    a = array.array('b', bytes(6))
    print(f.readinto(memoryview(a)[1:4]), a.tolist())
    words = memoryview(bytearray(8)).cast('I')
    print(f.readinto(words), words.tolist())
    two_d = memoryview(bytearray(6)).cast('B', (2, 3))
    print(f.readinto(two_d), two_d.tolist())
    stepped = memoryview(bytearray(8))[::2]
    try:
        f.readinto(stepped)
    except Exception as e:
        print(type(e).__name__, e)
    print(f.tell())

b = io.BytesIO(bytes(range(20)))
target = bytearray(8)
print(b.readinto(memoryview(target)[4:]), target)
print(b.readinto1(target), target)
print(b.readinto(array.array('B', [9] * 3)))
