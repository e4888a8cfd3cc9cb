import string
from string import Template, Formatter
print(len(string.printable), string.printable.index(' '), string.ascii_letters.isalpha(), sorted(set(string.hexdigits)) == sorted(set('0123456789abcdefABCDEF')))
print(string.capwords('  the quick\tbrown\nfox  '), string.capwords('hello-world', '-'), string.capwords('aBC dEF'), repr(string.capwords('x', 'x')))
t = Template('${noun}ification of $noun: $$100 and $ok_1.')
print(t.template, t.substitute(noun='code', ok_1='fine'), t.substitute({'noun': 'x', 'ok_1': 1}))
print(t.safe_substitute(), t.safe_substitute({'noun': 'n'}), t.get_identifiers(), t.is_valid())
print(Template('$a$a ${a}b').substitute(a=7), Template('no placeholders').substitute(), Template('').substitute())
print(Template('$x').substitute({'x': 1}, x=2), Template('$x $y').substitute({'x': 1}, y=2))
print(Template('$ü').safe_substitute(), Template('$ü').is_valid(), Template('$AbC').substitute(AbC=1))
print(Template('end $').safe_substitute(), Template('${ x}').safe_substitute(), Template('${}').is_valid())
for tmpl in ['$', 'ok $ bad', 'a\nb\n  $1', '${x', '$$$']:
    try: Template(tmpl).substitute(x=1)
    except ValueError as e: print('ValueError', e)
    print(repr(Template(tmpl).safe_substitute(x=1)), Template(tmpl).get_identifiers())
try: Template('$missing').substitute()
except KeyError as e: print('KeyError', e)
try: Template('${missing}').substitute({})
except KeyError as e: print('KeyError', e)
class Pct(Template): delimiter = '%'
print(Pct('%who owes %%5 %{x}').substitute(who='me', x='!'), Pct('%').safe_substitute())
class Hash(Template): delimiter = '#'
print(Hash('#a #{b} ##').substitute(a=1, b=2))
class Multi(Template): delimiter = '{{'
print(Multi('{{name}} {{{{').substitute(name='N'))
print(Template.delimiter, Template('$x').substitute(x=[1, 2]), Template('$x').substitute(x=None))
f = Formatter()
print(f.format('{} {}', 'a', 'b'), f.format('{1}{0}', 'a', 'b'), f.format('{x!s:^7}|{y!a}', x='mid', y='é'), f.format('{0[1][0]}', [0, 'xy']))
print(f.format('{:{fill}>{width}}', 'r', fill='*', width=6), f.format('{0:.{1}f}', 3.14159, 2), f.format('{!r:}', 'q'))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}), f.format('{{literal}} {}', 0), f.format(''))
print(list(f.parse('')), list(f.parse('plain')), list(f.parse('{0.attr[key]!s:>{w}}')), list(f.parse('}}{{')))
print(f.get_field('0.real', [5], {}), f.get_field('k[0]', (), {'k': 'abc'}), f.get_value(0, ['v'], {}), f.get_value('k', (), {'k': 'kv'}))
print(f.convert_field('x', 'r'), f.convert_field(1, None), f.convert_field('é', 'a'), f.format_field(3.5, '08.3f'))
try: f.convert_field(1, 'z')
except ValueError as e: print('ValueError', e)
for bad, args, kw in [('{0}', (), {}), ('{x}', (), {}), ('{0.nope}', (1,), {}), ('{} {0}', (1,), {}), ('{:{}{}}', (1,), {})]:
    try: print(f.format(bad, *args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError) as e: print(type(e).__name__, e)
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - set(k for k in used if isinstance(k, str))
        if unused: raise ValueError('unused ' + ','.join(sorted(unused)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec): return super().format_field(value, spec).upper()
s = Strict()
print(s.format('{a} {b}', a='x'))
try: s.format('{a}', a=1, z=2)
except ValueError as e: print('ValueError', e)
