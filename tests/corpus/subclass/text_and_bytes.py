# Subclasses of str, bytes and bytearray: methods, buffers, the export rule.
import struct

class Name(str):
    def shout(self):
        return self.upper() + '!'

s = Name('hello')
print(s, repr(s), s.shout(), s + 'x', type(s + 'x').__name__, s.split('l'), '-'.join([s, s]), s[1:3], type(s[1:3]).__name__)
print(f'{s:>8}', '%s|%r' % (s, s), len(s), s == 'hello', {'hello': 1}[s], 'ell' in s, s in 'a hello b', str(s), type(str(s)).__name__)
print(s.replace('l', 'L'), s.startswith(Name('he')), 'hello world'.split(Name(' ')), s.encode(), int(Name('42')), float(Name('1.5')))
print(sorted([Name('b'), Name('a')]), max(Name('x'), 'y'), s * 2, hash(s) == hash('hello'), s.__class__.__name__)

class Tagged(str):
    def __new__(cls, text, tag):
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj
t = Tagged('body', 'b')
print(t, t.tag, t.upper())

class Packet(bytes):
    def checksum(self):
        return sum(self) & 0xFF

p = Packet(b'\x01\x02\x03')
print(p, repr(p), p.checksum(), p[0], p[1:], type(p[1:]).__name__, p + b'\x04', len(p), p.hex(), list(p))
print(struct.unpack('<3B', p), memoryview(p).tolist(), memoryview(p).readonly, bytes(p), type(bytes(p)).__name__)
print(p == b'\x01\x02\x03', hash(p) == hash(b'\x01\x02\x03'), b'\x02' in p, p.decode(), Packet(3), Packet([65, 66]))
print(type(Packet.fromhex('ff00')).__name__, Packet.fromhex('ff00'))

class Buf(bytearray):
    pass

b = Buf(b'abc')
print(b, repr(b), len(b), b[0], b[1:], type(b[1:]).__name__)
b.append(100)
b[0] = 65
b += b'!'
print(b, type(b).__name__, bytes(b))
m = memoryview(b)
m[1] = 66
print(b, m.obj is b)
try:
    b.append(1)
except BufferError as e:
    print('BufferError:', e)
try:
    b.extend(b'xy')
except BufferError as e:
    print('BufferError:', e)
m.release()
b.extend(b'xy')
print(b)
struct.pack_into('<H', b, 0, 0x4241)
print(b, struct.unpack_from('<H', b))
print(Buf(), Buf(3), Buf('hi', 'ascii'))
