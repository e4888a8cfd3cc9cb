# tofile and fromfile through any object with write/read: 64 KiB blocks, the length
# taken before writing, EOFError after appending a short read, the read result checked.
from array import array
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class W:
    def __init__(self): self.chunks = []
    def write(self, b):
        self.chunks.append(b)
        return len(b)
class R:
    def __init__(self, data): self.data = data
    def read(self, n):
        print('read', n)
        d, self.data = self.data[:n], self.data[n:]
        return d
w = W()
a = array('i', range(40000))
t(lambda: a.tofile(w))
print([len(c) for c in w.chunks], type(w.chunks[0]), b''.join(w.chunks) == a.tobytes())
w = W()
t(lambda: array('i').tofile(w)); print(w.chunks)
t(lambda: array('u', 'hi').tofile(w)); print(w.chunks)
t(lambda: a.tofile(5))
t(lambda: a.tofile())
t(lambda: a.tofile(w, 1))
class Grow:
    def __init__(self, arr): self.arr, self.n = arr, 0
    def write(self, b):
        self.n += 1
        self.arr.extend(range(10))
        print('write', len(b))
g = array('b', range(100))
t(lambda: g.tofile(Grow(g)))
print(len(g))
class Bad:
    def write(self, b): raise OSError('disk full')
t(lambda: array('b', [1]).tofile(Bad()))
b = array('h')
t(lambda: b.fromfile(R(b'\x01\x00\x02\x00\x03\x00'), 2) or b)
t(lambda: b.fromfile(R(b'\x01\x00\x02\x00\x03\x00'), 4) or b)
t(lambda: b)
t(lambda: b.fromfile(R(b'\x01\x00\x02'), 2))
t(lambda: b)
t(lambda: b.fromfile(R(b''), 0) or b)
t(lambda: b.fromfile(R(b''), -1))
t(lambda: b.fromfile(R(b''), 'x'))
t(lambda: b.fromfile(R(b'')))
t(lambda: b.fromfile(5, 1))
class RS:
    def read(self, n): return 'ab'
t(lambda: b.fromfile(RS(), 1))
class RB:
    def read(self, n): return bytearray(b'ab')
t(lambda: b.fromfile(RB(), 1))
t(lambda: b.fromfile(R(b''), 2**62))
t(lambda: b.fromfile(R(b''), 2**63))
t(lambda: array('u').fromfile(R(b'x\0\0\0'), 1))
u = array('u')
t(lambda: u.fromfile(R(b'x\0\0\0y\0\0\0'), 2) or u)
m = memoryview(b)
t(lambda: b.fromfile(R(b'\x01\x00'), 1))
t(lambda: b.fromfile(R(b''), 0))
m.release()
t(lambda: a.tofile(f=1))
t(lambda: a.tofile(1, f=1))
t(lambda: a.fromfile())
t(lambda: a.fromfile(1, 2, 3))
t(lambda: a.fromfile(1, n=2))
