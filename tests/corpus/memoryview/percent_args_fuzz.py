# %-formatting of floats and chars with odd arguments, bytes and str, and which
# arguments count as a mapping (no "not all arguments converted" check).
import array


class F:
    def __float__(self):
        return 2.5


class BadF:
    def __float__(self):
        return 1


class RaiseF:
    def __float__(self):
        raise ValueError('nope')


class Idx:
    def __index__(self):
        return 65


class BigIdx:
    def __index__(self):
        return 2**70


class RaiseIdx:
    def __index__(self):
        raise ValueError('bad index')


class Getitem:
    def __getitem__(self, k):
        return 7


class Plain:
    pass


def clean(text):
    # Object addresses differ between runs.
    while ' at 0x' in text:
        i = text.index(' at 0x')
        j = i + 6
        while j < len(text) and text[j] in '0123456789abcdef':
            j += 1
        text = text[:i] + text[j:]
    return text


def t(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


rel = memoryview(b'xy')
rel.release()
vals = [b'xy', bytearray(b'xy'), memoryview(b'xy'), 'xy', 10**400, 2**70, True, 1.5,
        F(), BadF(), RaiseF(), Idx(), BigIdx(), RaiseIdx(), None, [1], {1},
        -1, 65, 256, 0x110000, -2**70, b'a', bytearray(b'b'), 'c', rel]
for fmt in ['%f', '%05.1f', '%e', '%g', '%c', '%d', '%x', '%s', '%b', '%r', '%a']:
    for v in vals:
        t('s ' + fmt, lambda: fmt % (v,))
        t('b ' + fmt, lambda: fmt.encode() % (v,))
for args in [b'x', bytearray(b'x'), memoryview(b'x'), 'x', [1], (1,), {}, 5, None,
             Getitem(), Plain(), array.array('b', [1]), range(3), rel]:
    t('map s', lambda: '%%' % args)
    t('map b', lambda: b'%%' % args)
    t('map2 s', lambda: 'a' % args)
    t('map2 b', lambda: b'a' % args)
