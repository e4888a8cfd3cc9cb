buf = bytearray(1024)
m = memoryview(buf)
views = [m[i:i + 8] for i in range(0, 1024, 8)]
for k, v in enumerate(views):
    v[0] = k % 256
print(sum(buf), buf[8], buf[16], len(views))
inner = m[100:200][10:20][2:4]
inner[0] = 7
print(buf[112], inner.obj is buf)
try:
    buf.append(1)
except BufferError as e:
    print(e)
del views, inner, m
buf.append(1)
print(len(buf))
src = bytearray(b"0123456789")
src[2:6] = memoryview(src)[0:4]
print(src)
print(b"-".join([memoryview(b"ab"), memoryview(b"cd")]))
try:
    b"".join([memoryview(b"abcd")[::2]])
except TypeError as e:
    print(e)
ba = bytearray(b"x")
ba += memoryview(b"yz")
print(ba, int.from_bytes(memoryview(b"\x01\x02"), "big"))
