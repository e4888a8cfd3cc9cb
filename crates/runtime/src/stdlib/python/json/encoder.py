"""JSON encoding: JSONEncoder over the native encoder (_json), and CPython's Python
versions of its parts (``py_encode_basestring[_ascii]``, ``_make_iterencode``)."""
import re

import _json
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring

# CPython's C encoder class; minipy's native encoder is _json.encode, called by
# JSONEncoder.iterencode.
c_make_encoder = None

INFINITY = float('inf')

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode ``o``, yielding its string representation in chunks."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = _json.encode(
            o, _one_shot, self.skipkeys, self.ensure_ascii, self.check_circular,
            self.allow_nan, self.sort_keys, indent, self.key_separator,
            self.item_separator, self.default)
        return chunks if _one_shot else iter(chunks)


# CPython's Python parts of the encoder, loaded on first use (PEP 562).
_PY_PARTS = ("ESCAPE", "ESCAPE_ASCII", "HAS_UTF8", "ESCAPE_DCT", "py_encode_basestring",
             "py_encode_basestring_ascii", "_make_iterencode")


def __getattr__(name):
    if name not in _PY_PARTS:
        raise AttributeError(f"module 'json.encoder' has no attribute {name!r}")
    from json import _pyencoder
    value = getattr(_pyencoder, name)
    globals()[name] = value
    return value


def __dir__():
    return list(globals()) + [name for name in _PY_PARTS if name not in globals()]
