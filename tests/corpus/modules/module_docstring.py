"""main doc"""
print(__doc__)
g = {}
exec('"""ex doc"""\nx = 1', g)
print(g['__doc__'], g['x'])
l = {}
exec('"""ex2"""', {}, l)
print(l)
exec('x = 2\n"""not doc"""', g)
print(g['__doc__'])
exec('"""" quoted start"""', g)
print(g['__doc__'])
def f():
    "fdoc"
print(f.__doc__)
class C:
    "cdoc"
print(C.__doc__)
import os, sys
sys.dont_write_bytecode = True
d = '/tmp/minipy-docmod-%d' % os.getpid()
os.makedirs(d, exist_ok=True)
with open(d + '/mdoc_mod.py', 'w') as f:
    f.write('"""hello doc"""\nx = 1\n')
with open(d + '/mnodoc_mod.py', 'w') as f:
    f.write('x = 1\n')
sys.path.insert(0, d)
import mdoc_mod, mnodoc_mod
print(mdoc_mod.__doc__, mdoc_mod.x, mnodoc_mod.__doc__)
os.remove(d + '/mdoc_mod.py')
os.remove(d + '/mnodoc_mod.py')
os.rmdir(d)
