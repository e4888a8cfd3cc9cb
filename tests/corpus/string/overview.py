import string
from string import Template, Formatter, capwords
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, repr(string.printable), string.ascii_lowercase, string.ascii_uppercase)
print(capwords('hello   world  foo'), capwords('a-b-c', '-'), repr(capwords('')), capwords(' x y '))
t = Template('$who likes ${what}; costs $$5 $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, who='kw'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
for bad in ['$', 'abc $ def', 'line1\nfoo ${bar', '${1}', '$5']:
    try: print(Template(bad).substitute(bar=1))
    except ValueError as e: print('ValueError', e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())
class My(Template): delimiter = '%'
print(My('%x and %%').substitute(x=3))
print(Template('$a$b${c}d').substitute(a=1, b=2, c=3), Template('$_x1 $x-').safe_substitute(_x1='u'))
f = Formatter()
print(f.format('{0} {1!r} {x:>5} {y[0]} {z.real}', 'a', 'b', x='c', y=[7], z=3))
print(f.format('{} {} {:{w}}', 1, 2, 3, w=4), list(f.parse('a{0}b{{c}}{x!r:>3}d')))
print(f.format('{{}}'), f.vformat('{a}', (), {'a': 5}))
for bad in ['{', '}', '{0} {}', '{!}']:
    try: print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
for s in ['{!}', '{!r', '{0!}', '{0!rx}', '{', 'a{', '{0:{}', '{0[}', '{0[1]x}', '{0.}', '}', 'x}y', '{0!r:{1}}', '{a.b[c].d}', 'a{{b}}c{}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
class Obj: a = [1, {'k': 'v'}]
print(f.format('{0.a[1][k]} {0.a[0]:03d}', Obj()))
