# sha256 and md5 of 100 MB fed through memoryview slices of 1 MiB (no copies).
import hashlib

data = bytes(range(256)) * (100 * 1024 * 1024 // 256)
view = memoryview(data)
step = 1 << 20
s = hashlib.sha256()
m = hashlib.md5()
for i in range(0, len(data), step):
    piece = view[i:i + step]
    s.update(piece)
    m.update(piece)
print(s.hexdigest())
print(m.hexdigest())
