# Machine ints as text: %-formatting, str(), sum() and op= on int locals, through the
# paths that skip big-int arithmetic, at the edges where they must hand over.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


edges = [0, 1, -1, 7, -7, 255, -255, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**19, True, False]
for n in edges:
    for fmt in ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#o', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%.0d', '%s', '%r']:
        t(lambda: fmt % n)
        t(lambda: fmt.encode() % n)
    t(lambda: str(n))
    t(lambda: repr(n))
    t(lambda: f"{n}|{n!r}|{n:>4}")

class I(int):
    def __str__(self):
        return "I!"

    def __repr__(self):
        return "I?"

t(lambda: '%d %s %r %x' % (I(5), I(5), I(5), I(5)))
t(lambda: str(I(5)))


class S(str):
    def __str__(self):
        return "S!"

t(lambda: '%s|%s|%5s|%.1s' % (S('ab'), 'é', 'ab', 'xyz'))
t(lambda: '%s and %s' % ('ab' * 40, 'é' * 3))
t(lambda: ('x' * 300 + '%d' + 'y' * 300 + '%s') % (12, 'z'))
t(lambda: (b'x' * 300 + b'%d' + b'y' * 300 + b'%s') % (12, b'z'))
t(lambda: '%d' % 3.99)
t(lambda: '%d' % -3.99)
t(lambda: '%x' % 3.5)
t(lambda: '%d %d' % (1,))
t(lambda: '%d' % (1, 2))
t(lambda: '%d' % 'a')
t(lambda: '%d' % None)

# sum(): machine ints, past them, and other numbers after them.
t(lambda: sum(range(10)))
t(lambda: sum([2**62, 2**62, 2**62]))
t(lambda: sum([-2**63, -1]))
t(lambda: sum([1, True, 2.5]))
t(lambda: sum([1, 2], 10**30))
t(lambda: sum([I(3), 4]))
t(lambda: sum([1, 'a']))
t(lambda: sum(x for x in [5, -5, 7]))


# `not` in a condition: bools, truth of other objects, and errors from __bool__.
class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class Odd:
    def __bool__(self):
        return 1


class Sized:
    def __len__(self):
        return 0


for v in [0, 1, '', 'a', [], [0], None, Sized()]:
    if not v:
        print('not', repr(v) if not isinstance(v, Sized) else 'Sized')
    else:
        print('is', repr(v))
    while not v:
        print('while not')
        break
for v in [Bad(), Odd()]:
    try:
        if not v:
            print('never')
    except Exception as e:
        print(type(e).__name__, e)


# op= on int locals: in place while the result is a machine int, else the general path.
def ops():
    x = 2**62
    x += 2**62
    print(x)
    y = -2**63
    y -= 1
    print(y)
    z = 7
    z //= -2
    print(z)
    z = 7
    z %= -3
    print(z)
    z = 1
    z <<= 63
    print(z)
    z = -1
    z >>= 70
    print(z)
    z = 3
    z **= 3
    print(z)
    z = 5
    d = 0
    try:
        z //= d
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    z = 5
    z += True
    print(z)
    w = 2
    w *= w
    w *= w
    print(w)


ops()


def unbound():
    x = 1
    x += y  # noqa: F821
    y = 2


t(unbound)


def unbound_target():
    x += 1
    x = 0


t(unbound_target)
