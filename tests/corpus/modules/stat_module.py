import os
import stat

# Every public name, and every constant with its value.
public = [n for n in dir(stat) if not n.startswith('_')]
print(len(public))
print(public)
print(stat.__name__)
print(stat.__doc__)
for name in public:
    value = getattr(stat, name)
    if isinstance(value, int):
        print(name, value, oct(value), type(value).__name__)
    else:
        print(name, callable(value), value.__name__, repr(value.__doc__))

# The constants against what their names say.
print([stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID,
       stat.ST_GID, stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME]
      == list(range(10)))
print(stat.S_IRWXU == stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR,
      stat.S_IRWXG == stat.S_IRGRP | stat.S_IWGRP | stat.S_IXGRP,
      stat.S_IRWXO == stat.S_IROTH | stat.S_IWOTH | stat.S_IXOTH)
print(stat.S_IREAD == stat.S_IRUSR, stat.S_IWRITE == stat.S_IWUSR,
      stat.S_IEXEC == stat.S_IXUSR, stat.S_ENFMT == stat.S_ISGID)
print(stat.S_IRWXU >> 3 == stat.S_IRWXG, stat.S_IRWXG >> 3 == stat.S_IRWXO)
print(stat.S_IFSOCK == stat.S_IFREG | stat.S_IFDIR,
      stat.S_IFBLK == stat.S_IFDIR | stat.S_IFCHR,
      stat.S_IFLNK == stat.S_IFREG | stat.S_IFCHR)

TYPES = [('S_IFDIR', 'S_ISDIR'), ('S_IFCHR', 'S_ISCHR'), ('S_IFBLK', 'S_ISBLK'),
         ('S_IFREG', 'S_ISREG'), ('S_IFIFO', 'S_ISFIFO'), ('S_IFLNK', 'S_ISLNK'),
         ('S_IFSOCK', 'S_ISSOCK'), ('S_IFDOOR', 'S_ISDOOR'),
         ('S_IFPORT', 'S_ISPORT'), ('S_IFWHT', 'S_ISWHT')]
TESTS = [getattr(stat, test) for _, test in TYPES]
FUNCS = TESTS + [stat.S_IMODE, stat.S_IFMT, stat.filemode]


def show(mode):
    kinds = [test.__name__ for test in TESTS if test(mode)]
    return (oct(mode), oct(stat.S_IFMT(mode)), oct(stat.S_IMODE(mode)),
            kinds, stat.filemode(mode))


# Every file type (and every other value of the type field) with several
# permission patterns.
PERMS = [0, 0o7, 0o70, 0o700, 0o644, 0o755, 0o777, 0o1000, 0o1001, 0o1777,
         0o2000, 0o2010, 0o2755, 0o4000, 0o4100, 0o4755, 0o6000, 0o7000,
         0o7777, 0o0444, 0o0222, 0o0111, 0o1444, 0o6111]
for fmt in range(16):
    for perm in PERMS:
        print(*show((fmt << 12) | perm))

# The type tests agree with S_IFMT for every type field value.
for fmt in range(16):
    mode = fmt << 12 | 0o644
    for (const, test) in TYPES:
        value = getattr(stat, const)
        expect = value != 0 and stat.S_IFMT(mode) == value
        if getattr(stat, test)(mode) != expect:
            print('mismatch', test, oct(mode))

# Return types, bools and large values.
for mode in [0, 1, True, False, stat.S_IFDIR, 0o170000, 0o177777, 2**16,
             2**31 - 1, 2**31, 2**31 | stat.S_IFDIR | 0o755, 2**32 - 1,
             0xFFFF0000 | stat.S_IFREG]:
    print(repr(mode), [repr(f(mode)) for f in FUNCS])

# An int subclass counts by its int value, whatever its methods do.
class Mode(int):
    def __and__(self, other):
        return 99

    def __int__(self):
        return 7

    def __index__(self):
        return 8


print([repr(f(Mode(stat.S_IFDIR | 0o750))) for f in FUNCS])

# Wrong types and values out of range.
class Indexable:
    def __index__(self):
        return stat.S_IFREG


BAD = ['x', '0o755', b'\x01', None, 1.5, 1.0, 1j, [], (), [stat.S_IFDIR],
       {}, Indexable(), -1, -2**31, -2**63, -2**64, -2**100, 2**32,
       2**32 + stat.S_IFDIR, 2**40, 2**63, 2**64 - 1, 2**64, 2**100, 10**30]


def label(value):
    if isinstance(value, Indexable):
        return 'Indexable()'
    return repr(value)


for f in FUNCS:
    for value in BAD:
        try:
            result = f(value)
        except Exception as e:
            print(f.__name__, label(value), type(e).__name__, e)
        else:
            print(f.__name__, label(value), 'returned', repr(result))

# Wrong argument counts and keywords.
for f in FUNCS:
    for args, kwargs in [((), {}), ((1, 2), {}), ((1, 2, 3), {}),
                         ((), {'mode': 1}), ((1,), {'mode': 1}),
                         ((1,), {'x': 1}), ((1,), {})]:
        try:
            result = f(*args, **kwargs)
        except TypeError as e:
            print(f.__name__, args, kwargs, type(e).__name__, e)
        else:
            print(f.__name__, args, kwargs, 'returned', repr(result))

# The names star-import brings in.
namespace = {}
exec('from stat import *', namespace)
print(sorted(n for n in namespace if n != '__builtins__') == public)

# Real files in the corpus directory.
for path in ['.', 'modules', 'modules/stat_module.py']:
    st = os.stat(path)
    lst = os.lstat(path)
    mode = st.st_mode
    print(path, [test.__name__ for test in TESTS if test(mode)],
          stat.filemode(mode)[0], stat.filemode(lst.st_mode)[0],
          len(stat.filemode(mode)), stat.S_IFMT(mode) == stat.S_IFMT(lst.st_mode),
          mode == stat.S_IFMT(mode) | stat.S_IMODE(mode),
          st[stat.ST_MODE] == mode, st[stat.ST_SIZE] == st.st_size,
          st[stat.ST_INO] == st.st_ino, st[stat.ST_NLINK] == st.st_nlink)
print(stat.S_ISDIR(os.stat('.').st_mode), stat.S_ISREG(os.stat('.').st_mode))
print(stat.filemode(os.lstat('modules').st_mode)[0])
print(stat.S_ISREG(os.stat('modules/stat_module.py').st_mode))
print(bool(stat.S_IMODE(os.stat('modules/stat_module.py').st_mode) & stat.S_IRUSR))
