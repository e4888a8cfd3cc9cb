"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *
"""

# CPython's Lib/stat.py defines these names in Python and then replaces most
# of them with the C module _stat's.  This module follows _stat where the two
# differ: the functions take exactly one positional int (no __index__), check
# that it fits a C mode_t (32 bits unsigned), raise _stat's errors, and
# filemode() shows an unknown file type as '?'.  The values are Linux's.

# Indices for stat struct members in the tuple returned by os.stat()

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types, the values S_IFMT() returns (not all exist on every system)

S_IFDIR = 0o040000   # directory
S_IFCHR = 0o020000   # character device
S_IFBLK = 0o060000   # block device
S_IFREG = 0o100000   # regular file
S_IFIFO = 0o010000   # fifo (named pipe)
S_IFLNK = 0o120000   # symbolic link
S_IFSOCK = 0o140000  # socket
S_IFDOOR = 0         # door (Solaris only)
S_IFPORT = 0         # event port (Solaris only)
S_IFWHT = 0          # whiteout (BSD only)

# Permission bits

S_ISUID = 0o4000    # set UID bit
S_ISGID = 0o2000    # set GID bit
S_ENFMT = S_ISGID   # file locking enforcement
S_ISVTX = 0o1000    # sticky bit
S_IREAD = 0o0400    # Unix V7 synonym for S_IRUSR
S_IWRITE = 0o0200   # Unix V7 synonym for S_IWUSR
S_IEXEC = 0o0100    # Unix V7 synonym for S_IXUSR
S_IRWXU = 0o0700    # mask for owner permissions
S_IRUSR = 0o0400    # read by owner
S_IWUSR = 0o0200    # write by owner
S_IXUSR = 0o0100    # execute by owner
S_IRWXG = 0o0070    # mask for group permissions
S_IRGRP = 0o0040    # read by group
S_IWGRP = 0o0020    # write by group
S_IXGRP = 0o0010    # execute by group
S_IRWXO = 0o0007    # mask for others (not in group) permissions
S_IROTH = 0o0004    # read by others
S_IWOTH = 0o0002    # write by others
S_IXOTH = 0o0001    # execute by others

# File flags (st_flags, BSD and macOS)

UF_NODUMP = 0x00000001      # do not dump file
UF_IMMUTABLE = 0x00000002   # file may not be changed
UF_APPEND = 0x00000004      # file may only be appended to
UF_OPAQUE = 0x00000008      # directory is opaque in a union stack
UF_NOUNLINK = 0x00000010    # file may not be renamed or deleted
UF_COMPRESSED = 0x00000020  # macOS: file is hfs-compressed
UF_HIDDEN = 0x00008000      # macOS: file should not be displayed
SF_ARCHIVED = 0x00010000    # file may be archived
SF_IMMUTABLE = 0x00020000   # file may not be changed
SF_APPEND = 0x00040000      # file may only be appended to
SF_NOUNLINK = 0x00100000    # file may not be renamed or deleted
SF_SNAPSHOT = 0x00200000    # file is a snapshot file

# Windows FILE_ATTRIBUTE constants, for os.stat()'s st_file_attributes

FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def _mode_arg(name, args, kwargs):
    # The one argument of a _stat function (METH_O: positional only, no
    # keywords), converted as _PyLong_AsMode_t does: PyLong_AsUnsignedLong
    # (an int or int subclass, whose own int value counts; no __index__),
    # then a check that the value fits mode_t.
    if kwargs:
        raise TypeError(f"_stat.{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(
            f"_stat.{name}() takes exactly one argument ({len(args)} given)")
    mode = args[0]
    if not issubclass(type(mode), int):
        raise TypeError("an integer is required")
    mode = int.__int__(mode)
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode > 0xFFFF_FFFF_FFFF_FFFF:
        raise OverflowError(
            "Python int too large to convert to C unsigned long")
    if mode > 0xFFFF_FFFF:
        raise OverflowError("mode out of range")
    return mode


# Extract bits from the mode

def S_IMODE(*args, **kwargs):
    return _mode_arg('S_IMODE', args, kwargs) & 0o7777


def S_IFMT(*args, **kwargs):
    return _mode_arg('S_IFMT', args, kwargs) & 0o170000


S_IMODE.__doc__ = ("Return the portion of the file's mode that can be set by"
                   " os.chmod().")
S_IFMT.__doc__ = ("Return the portion of the file's mode that describes the"
                  " file type.")


# Functions to test for each file type

def S_ISDIR(*args, **kwargs):
    return _mode_arg('S_ISDIR', args, kwargs) & 0o170000 == S_IFDIR


def S_ISCHR(*args, **kwargs):
    return _mode_arg('S_ISCHR', args, kwargs) & 0o170000 == S_IFCHR


def S_ISBLK(*args, **kwargs):
    return _mode_arg('S_ISBLK', args, kwargs) & 0o170000 == S_IFBLK


def S_ISREG(*args, **kwargs):
    return _mode_arg('S_ISREG', args, kwargs) & 0o170000 == S_IFREG


def S_ISFIFO(*args, **kwargs):
    return _mode_arg('S_ISFIFO', args, kwargs) & 0o170000 == S_IFIFO


def S_ISLNK(*args, **kwargs):
    return _mode_arg('S_ISLNK', args, kwargs) & 0o170000 == S_IFLNK


def S_ISSOCK(*args, **kwargs):
    return _mode_arg('S_ISSOCK', args, kwargs) & 0o170000 == S_IFSOCK


# Doors, event ports and whiteouts do not exist on Linux: these check their
# argument and answer False.

def S_ISDOOR(*args, **kwargs):
    _mode_arg('S_ISDOOR', args, kwargs)
    return False


def S_ISPORT(*args, **kwargs):
    _mode_arg('S_ISPORT', args, kwargs)
    return False


def S_ISWHT(*args, **kwargs):
    _mode_arg('S_ISWHT', args, kwargs)
    return False


for _func, _what in [
    (S_ISDIR, 'a directory'),
    (S_ISCHR, 'a character special device file'),
    (S_ISBLK, 'a block special device file'),
    (S_ISREG, 'a regular file'),
    (S_ISFIFO, 'a FIFO (named pipe)'),
    (S_ISLNK, 'a symbolic link'),
    (S_ISSOCK, 'a socket'),
    (S_ISDOOR, 'a door'),
    (S_ISPORT, 'an event port'),
    (S_ISWHT, 'a whiteout'),
]:
    _func.__doc__ = (f"{_func.__name__}(mode) -> bool\n\n"
                     f"Return True if mode is from {_what}.")
del _func, _what


# filemode()

# For each of the ten characters of filemode()'s answer, the (bits, char)
# pairs to try in order ('-' if none matches), as Lib/stat.py names it.
_filemode_table = (
    ((S_IFLNK, "l"),
     (S_IFSOCK, "s"),  # before IFREG and IFDIR, as IFSOCK == IFREG | IFDIR
     (S_IFREG, "-"),
     (S_IFBLK, "b"),
     (S_IFDIR, "d"),
     (S_IFCHR, "c"),
     (S_IFIFO, "p")),

    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"),
     (S_ISUID, "S"),
     (S_IXUSR, "x")),

    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"),
     (S_ISGID, "S"),
     (S_IXGRP, "x")),

    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"),
     (S_ISVTX, "T"),
     (S_IXOTH, "x"))
)

def filemode(*args, **kwargs):
    mode = _mode_arg('filemode', args, kwargs)
    # The type is the one whose bits equal the S_IFMT() field exactly, as in
    # _stat (Lib/stat.py's Python version tests mode & bits == bits), and '?'
    # if none does (Lib/stat.py's gives '-').
    filetype = mode & 0o170000
    for bits, char in _filemode_table[0]:
        if filetype == bits:
            chars = [char]
            break
    else:
        chars = ['?']
    for table in _filemode_table[1:]:
        for bits, char in table:
            if mode & bits == bits:
                chars.append(char)
                break
        else:
            chars.append('-')
    return ''.join(chars)


filemode.__doc__ = "Convert a file's mode to a string of the form '-rwxrwxrwx'"
