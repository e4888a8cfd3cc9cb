"""A collection of string constants, Template strings and the Formatter class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string: split, capitalize each word, join."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


####################################################################
### Template
####################################################################

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits
_DEFAULT_PATTERN = ("$", r"(?a:[_a-z][_a-z0-9]*)", None)


class _Match:
    """What the scanner finds at a delimiter (the groups of CPython's pattern)."""

    __slots__ = ("start", "end", "escaped", "named", "braced", "invalid", "ipos")

    def __init__(self, start, end, escaped=None, named=None, braced=None, invalid=None):
        self.start, self.end, self.ipos = start, end, end
        self.escaped, self.named, self.braced, self.invalid = escaped, named, braced, invalid


def _scan(template, delim):
    # The default pattern without re: $$, $identifier, ${identifier}, or an invalid $.
    n = len(template)
    dl = len(delim)
    i = template.find(delim)
    while i >= 0:
        j = i + dl
        if template.startswith(delim, j):
            m = _Match(i, j + dl, escaped=delim)
        elif j < n and template[j] in _ID_START:
            k = j + 1
            while k < n and template[k] in _ID_REST:
                k += 1
            m = _Match(i, k, named=template[j:k])
        else:
            m = None
            if template.startswith("{", j) and j + 1 < n and template[j + 1] in _ID_START:
                k = j + 2
                while k < n and template[k] in _ID_REST:
                    k += 1
                if k < n and template[k] == "}":
                    m = _Match(i, k + 1, braced=template[j + 1:k])
            if m is None:
                m = _Match(i, j, invalid="")
        yield m
        i = template.find(delim, m.end)


class _ReMatch:
    """A re match seen through the scanner's interface."""

    __slots__ = ("start", "end", "escaped", "named", "braced", "invalid", "ipos")

    def __init__(self, mo):
        self.start, self.end = mo.start(), mo.end()
        self.ipos = mo.start("invalid") if "invalid" in mo.groupdict() else self.start
        groups = mo.groupdict()
        self.escaped = groups.get("escaped")
        self.named = groups.get("named")
        self.braced = groups.get("braced")
        self.invalid = groups.get("invalid")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None
    pattern = None

    def __init__(self, template):
        self.template = template

    def _matches(self):
        cls = type(self)
        if (cls.pattern is None and cls.idpattern == _DEFAULT_PATTERN[1]
                and cls.braceidpattern is None and cls.flags is None):
            for m in _scan(self.template, cls.delimiter):
                yield m
            return
        import re
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{cls.idpattern})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            pattern = re.compile(pattern, flags | re.VERBOSE)
        elif isinstance(pattern, str):
            pattern = re.compile(pattern)
        for mo in pattern.finditer(self.template):
            yield _ReMatch(mo)

    def _invalid(self, m):
        i = m.ipos
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        pos = 0
        text = self.template
        for m in self._matches():
            out.append(text[pos:m.start])
            pos = m.end
            named = m.named if m.named is not None else m.braced
            if named is not None:
                if safe:
                    try:
                        out.append(str(mapping[named]))
                    except KeyError:
                        out.append(text[m.start:m.end])
                else:
                    out.append(str(mapping[named]))
            elif m.escaped is not None:
                out.append(self.delimiter)
            elif m.invalid is not None:
                if safe:
                    out.append(text[m.start:m.end])
                else:
                    self._invalid(m)
            else:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        out.append(text[pos:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for m in self._matches():
            if m.invalid is not None:
                return False
            if (m.named is None and m.braced is None and m.escaped is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            named = m.named if m.named is not None else m.braced
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and m.invalid is None and m.escaped is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


class _Chain:
    """Keyword arguments first, then the mapping (ChainMap's lookup)."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


########################################################################
### Formatter
########################################################################

def _parse_format(s):
    # (literal_text, field_name, format_spec, conversion), as _string.formatter_parser.
    n = len(s)
    i = lit_start = 0
    while i < n:
        c = s[i]
        if c != "{" and c != "}":
            i += 1
            continue
        if i + 1 < n and s[i + 1] == c:
            yield s[lit_start:i + 1], None, None, None
            i += 2
            lit_start = i
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        bracket = False
        while j < n:
            ch = s[j]
            if ch == "[":
                bracket = True
            elif ch == "]":
                bracket = False
            elif not bracket and ch in "}:!":
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name, conv, spec = s[i + 1:j], None, ""
        if s[j] == "!":
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conv = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ":}":
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ":":
            k = j + 1
            depth = 1
            while k < n:
                if s[k] == "{":
                    depth += 1
                elif s[k] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        yield s[lit_start:i], name, spec, conv
        i = lit_start = j + 1
    if lit_start < n:
        yield s[lit_start:], None, None, None


def _split_field_name(name):
    # first, then (is_attr, key) pairs, as _string.formatter_field_name_split.
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i + 1:j]))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == "":
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
