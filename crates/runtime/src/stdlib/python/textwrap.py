"""Text wrapping and filling: CPython 3.11's textwrap, written without `re`
(the chunk splitter is a hand-written scanner with the same rules as CPython's
wordsep_re)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dashes_then_word(text, j):
    """Whether text[j:] is two or more '-' followed by a word character."""
    k = j
    while k < len(text) and text[k] == "-":
        k += 1
    return k - j >= 2 and k < len(text) and _is_word(text[k])


def _word_end(text, i):
    """End of the word chunk starting at text[i] (not whitespace)."""
    n = len(text)
    at = lambda p: text[p] if 0 <= p < n else ""  # noqa: E731
    letter = lambda p: _is_letter(at(p)) if at(p) else False  # noqa: E731
    j = i + 1
    while True:
        # a hyphen inside a hyphenated word ends the chunk after it
        if at(j) == "-" and ((letter(j - 2) and letter(j - 1))
                             or (letter(j - 3) and at(j - 2) == "-" and letter(j - 1))):
            p = j + 1
            if letter(p) and (letter(p + 1) or (at(p + 1) == "-" and letter(p + 2))):
                return p
        if j >= n or text[j] in _whitespace:
            return j
        if _is_punct(text[j - 1]) and _dashes_then_word(text, j):
            return j
        j += 1


def _split_words(text):
    """Chunks as CPython's TextWrapper.wordsep_re splits them."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
        elif c == "-" and i > 0 and _is_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Chunks split at runs of whitespace, the runs kept."""
    chunks = []
    i, n = 0, len(text)
    while i < n:
        ws = text[i] in _whitespace
        j = i
        while j < n and (text[j] in _whitespace) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """CPython's sentence_end_re: [a-z][.!?]["']? at the end of the chunk."""
    if chunk[-1:] in ("\"", "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?"
            and "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Wraps and fills text paragraphs; the options are its attributes."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + "".join(cur_line))
                continue
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The paragraph `text` as a list of lines of at most `width` characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into a list of lines (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph into a single string (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates `text` to fit in `width` characters."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace common to the start of every line of `text`."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        body = line.lstrip(" \t")
        if not body:
            continue
        ind = line[:len(line) - len(body)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i, (x, y) in enumerate(zip(margin, ind)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` that `predicate` selects (default:
    lines that are not whitespace only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
