"""JSON decoding: JSONDecoder, JSONDecodeError, and the pieces of CPython's Python
decoder (``py_scanstring``, ``JSONObject``, ``JSONArray``) that ``py_make_scanner``
calls. A decoder whose ``scan_once`` is the native scanner decodes natively (_json)."""
import re

import _json
from _json import scanstring as c_scanstring


__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


scanstring = c_scanstring

# CPython's Python parts of the decoder, loaded on first use (PEP 562).
_PY_PARTS = ("scanner", "STRINGCHUNK", "BACKSLASH", "_decode_uXXXX", "py_scanstring",
             "JSONObject", "JSONArray")


def __getattr__(name):
    if name not in _PY_PARTS:
        raise AttributeError(f"module 'json.decoder' has no attribute {name!r}")
    if name == "scanner":
        __import__("json.scanner")
        import sys
        value = sys.modules["json.scanner"]
    else:
        from json import _pydecoder
        value = getattr(_pydecoder, name)
    globals()[name] = value
    return value


def __dir__():
    return list(globals()) + [name for name in _PY_PARTS if name not in globals()]


class _PyPart:
    """A decoder's ``parse_object`` or ``parse_array``: CPython's ``__init__`` sets them to
    ``JSONObject`` and ``JSONArray``; here a decoder gets its own when it first reads
    one (only ``py_make_scanner`` does), so decoding natively loads no Python decoder."""

    def __init__(self, name, target):
        self.name = name
        self.target = target

    def __get__(self, obj, owner=None):
        if obj is None:
            raise AttributeError(
                f"type object '{owner.__name__}' has no attribute '{self.name}'")
        value = __getattr__(self.target)
        setattr(obj, self.name, value)
        return value


class Scanner(object):
    """The native scanner (CPython's ``_json.make_scanner``, named as CPython names
    it): it takes the context's settings when it is made, as CPython's does, and
    ignores its ``parse_object``, ``parse_array``, ``parse_string`` and ``memo``."""
    __module__ = '_json'

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        # _json.decode reads the settings from this object. No value where one should
        # start, at idx or inside an array or object, is CPython's StopIteration(pos)
        # (JSONDecoder.raw_decode makes it "Expecting value"); it is raised outside the
        # handler so that it has no context.
        try:
            return _json.decode(self, string, idx, False)
        except ValueError as err:
            if (getattr(err, 'msg', None) != 'Expecting value'
                    or getattr(err, 'doc', None) is not string):
                raise
            pos = err.pos
        raise StopIteration(pos)


_Scanner = _c_scanner = Scanner
del Scanner


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # (parse_object and parse_array, CPython's JSONObject and JSONArray, are set
        # when first read: see _PyPart.)
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = _c_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the Python representation of the JSON document ``s``."""
        # The native scanner's settings decode the whole document natively, unless a
        # subclass's raw_decode is to be called (a non-str falls through to the
        # TypeError CPython's whitespace match raises).
        scan = self.scan_once
        if type(scan) is _c_scanner and (
                type(self) is JSONDecoder
                or type(self).raw_decode is JSONDecoder.raw_decode):
            try:
                return _json.decode(scan, s, 0, True)
            except TypeError:
                if isinstance(s, str):
                    raise
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document at ``s[idx:]``: (value, index after it)."""
        scan = self.scan_once
        if type(scan) is _c_scanner:
            return _json.decode(scan, s, idx, False)
        try:
            obj, end = scan(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


JSONDecoder.parse_object = _PyPart("parse_object", "JSONObject")
JSONDecoder.parse_array = _PyPart("parse_array", "JSONArray")
