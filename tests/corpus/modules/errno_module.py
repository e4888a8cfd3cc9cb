import errno
import os

# Every constant, by name.
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for name in names:
    value = getattr(errno, name)
    print(name, value, type(value).__name__)

# The whole namespace, and the module's own attributes.
print(dir(errno))
print(errno.__name__)
print(errno.__doc__)

# errorcode: its contents in its own order, then sorted by value.
print(type(errno.errorcode).__name__, len(errno.errorcode))
print(list(errno.errorcode.items()))
for value in sorted(errno.errorcode):
    print(value, errno.errorcode[value])

# Each name in errorcode is a constant with that value; each constant's value
# is a key; the names errorcode leaves out share a value with one it keeps.
print(all(getattr(errno, name) == value for value, name in errno.errorcode.items()))
print(all(getattr(errno, name) in errno.errorcode for name in names))
print(len(set(getattr(errno, name) for name in names)))
by_value = {}
for name in names:
    by_value.setdefault(getattr(errno, name), []).append(name)
for value, group in sorted(by_value.items()):
    if len(group) > 1:
        print(value, group, '->', errno.errorcode[value])
print(sorted(set(names) - set(errno.errorcode.values())))
print(min(errno.errorcode), max(errno.errorcode))
print(sorted(set(range(1, max(errno.errorcode) + 1)) - set(errno.errorcode)))
print(errno.errorcode.get(0), errno.errorcode.get(-1), errno.errorcode.get(1000))

# Aliases and a few common ones by hand.
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.EPERM, errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EPIPE,
      errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ERFKILL)

from errno import ENOENT, EACCES, errorcode
print(ENOENT, EACCES, errorcode[ENOENT], errorcode is errno.errorcode)

try:
    errno.ENOSUCHTHING
except AttributeError as e:
    print(type(e).__name__, e)
try:
    errno.errorcode[0]
except KeyError as e:
    print(type(e).__name__, e)

# The constants against real errors from the os module.
try:
    open('no such file here.txt')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.listdir('modules/errno_module.py')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTDIR, errno.errorcode[e.errno])
try:
    os.mkdir('modules')
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST, errno.errorcode[e.errno])
try:
    os.rmdir('modules/errno_module.py')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTDIR, errno.errorcode[e.errno])

# OSError picks its subclass from the errno value.
for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR,
             errno.EACCES, errno.EPERM, errno.EAGAIN, errno.EWOULDBLOCK,
             errno.EINTR, errno.ECHILD, errno.ESRCH, errno.ETIMEDOUT,
             errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET,
             errno.ECONNABORTED, errno.EINVAL, errno.ENOSPC]:
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, e.errno, e.strerror)
