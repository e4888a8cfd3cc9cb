"""Filename globbing utility."""

import contextlib
import os
import re
import fnmatch
import itertools
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If `include_hidden` is true, the patterns '*', '?', '**'  will match hidden
    directories.

    If `recursive` is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. However, unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, dir_fd, recursive, False,
                include_hidden=include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # A leading '**' (or an empty pattern) yields the empty path first:
        # drop it.
        try:
            first = next(it)
            if first:
                it = itertools.chain((first,), it)
        except StopIteration:
            pass
    return it


def _iglob(pathname, root_dir, dir_fd, recursive, dironly,
           include_hidden=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A pattern ending with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly,
                              include_hidden=include_hidden)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly,
                              include_hidden=include_hidden)
        return
    # os.path.split() gives back the whole argument as its dirname for a
    # drive or UNC path: guard against recursing on it forever.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True,
                      include_hidden=include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        glob_in_dir = _glob0
    elif recursive and _isrecursive(basename):
        glob_in_dir = _glob2
    else:
        glob_in_dir = _glob1
    for parent in dirs:
        for name in glob_in_dir(_join(root_dir, parent), basename, dir_fd,
                                dironly, include_hidden=include_hidden):
            yield os.path.join(parent, name)


# Helpers globbing (non-recursively) inside one literal directory; they
# return basenames.  _glob1 takes a pattern, _glob0 a literal name whose
# existence is all there is to check.

def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if include_hidden or not _ishidden(pattern):
        names = (x for x in names if include_hidden or not _ishidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        # An empty basename comes from a trailing slash: only a directory
        # matches.
        return [basename]
    return []


# Not public, but used by third-party code.

def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # '**': the directory itself (as an empty relative path), then every
    # path below it.
    assert _isrecursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly,
                         include_hidden=include_hidden)


def _iterdir(dirname, dir_fd, dironly):
    # Names of the entries of a directory (only its subdirectories when
    # dironly is true), in os.scandir order; nothing if it cannot be read.
    try:
        fd = None
        fsencode = None
        if dir_fd is not None:
            if _NATIVE_DIR_FD:
                if dirname:
                    fd = arg = os.open(dirname, _dir_open_flags,
                                       dir_fd=dir_fd)
                else:
                    arg = dir_fd
            elif dirname:
                arg = _fd_relative(os.fsdecode(dirname), dir_fd)
            elif isinstance(dir_fd, int):
                # minipy's os.scandir() cannot list a descriptor: list its
                # /proc link.  (CPython's os.scandir(-1) lists the current
                # directory.)
                _check_fd(dir_fd)
                if dir_fd == -1:
                    arg = os.curdir
                else:
                    arg = '/proc/self/fd/%d' % dir_fd
            else:
                arg = dir_fd
            if isinstance(dirname, bytes):
                fsencode = os.fsencode
        elif dirname:
            arg = dirname
        elif isinstance(dirname, bytes):
            arg = bytes(os.curdir, 'ASCII')
        else:
            arg = os.curdir
        try:
            with os.scandir(arg) as it:
                for entry in it:
                    try:
                        if not dironly or entry.is_dir():
                            if fsencode is not None:
                                yield fsencode(entry.name)
                            else:
                                yield entry.name
                    except OSError:
                        pass
        finally:
            if fd is not None:
                os.close(fd)
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with contextlib.closing(_iterdir(dirname, dir_fd, dironly)) as it:
        return list(it)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    # Every relative path below a literal directory, depth first.
    names = _listdir(dirname, dir_fd, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly,
                               include_hidden=include_hidden):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    # os.path.lexists() with dir_fd.
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        if _NATIVE_DIR_FD:
            os.lstat(pathname, dir_fd=dir_fd)
        else:
            os.lstat(_fd_relative(pathname, dir_fd))
    except (OSError, ValueError):
        return False
    return True


_S_IFMT = 0o170000
_S_IFDIR = 0o040000


def _isdir(pathname, dir_fd):
    # os.path.isdir() with dir_fd.
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        if _NATIVE_DIR_FD:
            st = os.stat(pathname, dir_fd=dir_fd)
        else:
            st = os.stat(_fd_relative(pathname, dir_fd))
    except (OSError, ValueError):
        return False
    return (st.st_mode & _S_IFMT) == _S_IFDIR


def _join(dirname, basename):
    # Either side is often empty.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        match = magic_check_bytes.search(s)
    else:
        match = magic_check.search(s)
    return match is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """Escape all special characters.
    """
    # Each of "*?[" is wrapped in square brackets.  The drive part is left
    # alone: metacharacters have no meaning there.
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname


_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0) \
    if hasattr(os, 'O_RDONLY') else 0

# Whether os can resolve paths relative to a directory file descriptor.
# Without it (minipy's os has no os.open, and its stat/lstat reject dir_fd),
# dir_fd is emulated on Linux through /proc/self/fd/N, the link to the
# directory that descriptor N refers to.
_NATIVE_DIR_FD = (hasattr(os, 'open') and hasattr(os, 'close')
                  and os.stat in getattr(os, 'supports_dir_fd', ()))


_AT_FDCWD = -100  # Linux's "relative to the current directory" descriptor


def _check_fd(fd):
    # The range check os applies to a descriptor (a C int).
    if fd > 0x7fffffff:
        raise OverflowError('fd is greater than maximum')
    if fd < -0x80000000:
        raise OverflowError('fd is less than minimum')


def _fd_relative(pathname, dir_fd):
    # pathname resolved against the directory open as dir_fd, as os.stat()
    # would with dir_fd=dir_fd (type and range checks included).
    if not isinstance(dir_fd, int):
        raise TypeError('argument should be integer or None, not %s'
                        % type(dir_fd).__name__)
    _check_fd(dir_fd)
    if not pathname or os.path.isabs(pathname) or dir_fd == _AT_FDCWD:
        return pathname
    base = '/proc/self/fd/%d' % dir_fd
    if isinstance(pathname, bytes):
        base = os.fsencode(base)
    return os.path.join(base, pathname)
