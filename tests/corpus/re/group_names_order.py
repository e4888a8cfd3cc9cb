# Group names: groupindex and groupdict in definition order, lookups by name in group,
# span and templates, unknown names, patterns without names.
import re
p = re.compile(r"(?P<z>a)(b)(?P<a>c)?(?P<m>d)")
print(p.groupindex, list(p.groupindex))
m = p.match("abd")
print(m.groupdict(), m.groupdict('-'), m.lastgroup, m.group('z', 'm'), m.span('a'))
print(p.sub(r"\g<m>\g<z>\g<2>", "abd abcd"))
try: m.group('nope')
except IndexError as e: print(e)
try: p.sub(r"\g<nope>", "abd")
except IndexError as e: print(e)
print(re.match(r"(a)(b)", "ab").lastgroup, re.compile("x").groupindex)
