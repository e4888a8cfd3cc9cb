"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq

    An initial period in FILENAME is not special.
    Both FILENAME and PATTERN are first case-normalized
    if the operating system requires it.
    If you don't want this, use fnmatchcase(FILENAME, PATTERN).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # A bytes pattern is translated through Latin-1, which maps every byte
    # to the code point of the same value and back.
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase is the identity on POSIX: skip it inside the loop.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    match = _compile_pattern(pat)
    return match(name) is not None


# Characters that would start a set operation inside a regex character class
# (reserved by the re module for future use): they are always escaped.
_SET_OPERATION_CHARS = '&~|'


def _bracket(pat, start, end):
    """Regex for the bracket expression whose contents are pat[start:end]
    (the text between '[' and the closing ']')."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', '\\\\')
    else:
        # Split the contents at each hyphen that forms a range: a hyphen
        # directly after '[' or '[!' is literal, and after a range a-z the
        # next candidate hyphen starts at least two characters further on.
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        last = pat[lo:end]
        if last:
            pieces.append(last)
        else:
            # A trailing hyphen is literal.
            pieces[-1] += '-'
        # Drop reversed ranges (z-a), which the regex engine rejects: the
        # characters on either side of the range survive.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        # Hyphens left inside a piece are literal, as are backslashes.
        body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-')
                        for p in pieces)
    if any(c in body for c in _SET_OPERATION_CHARS):
        body = ''.join('\\' + c if c in _SET_OPERATION_CHARS else c
                       for c in body)
    if not body:
        # Empty set (a reversed range only): matches nothing.
        return '(?!)'
    if body == '!':
        # Negated empty set: any character.
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            # Consecutive stars collapse into one.
            if not tokens or tokens[-1] is not STAR:
                tokens.append(STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                # No closing bracket: the '[' is literal.
                tokens.append('\\[')
            else:
                tokens.append(_bracket(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))

    # Lay out the tokens: a fixed prefix, then for each star the fixed text
    # that follows it.  An interior star matches lazily inside an atomic
    # group, so that no backtracking into it is possible; the last star is a
    # plain greedy '.*'.
    out = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not STAR:
        out.append(tokens[i])
        i += 1
    while i < n:
        i += 1  # the star
        j = i
        while j < n and tokens[j] is not STAR:
            j += 1
        fixed = ''.join(tokens[i:j])
        if j == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
        i = j
    return '(?s:' + ''.join(out) + ')\\Z'
