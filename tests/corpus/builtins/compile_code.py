# compile() in its three modes, and code objects
def test():
    global x
    c = compile("print(x)", "file", "exec")
    try:
        exec(c)
    except NameError:
        print("NameError")
    x = 1
    exec(c)
    exec(c, {"x": 2})
    exec(c, {}, {"x": 3})
    exec(compile("if 1: 10 + 1\n", "file", "single"))
    exec(compile("print(10 + 2)", "file", "single"))
    exec(compile("10 + 4", "file", "single"))
    exec(compile("None", "file", "single"))
    print(eval(compile("10 + 3", "file", "eval")))
    print(exec(compile("10 + 3", "file", "eval")))
    print(eval(compile("x = 5", "file", "exec")), x)
    exec(compile("def func(): pass\nprint('x', func.__globals__['x'])", "file", "exec"))
    try:
        exec(compile("noexist", "file", "exec"))
    except NameError as e:
        print("NameError", e)
    print(x)
    print(type(hash(compile("", "", "exec"))))

test()
c = compile("a = 1", "myfile.py", "exec")
print(type(c).__name__, c.co_name, c.co_filename, c.co_firstlineno, c.co_argcount)
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith(', file "myfile.py", line 1>'))
c = compile(source="1", filename="f", mode="eval")
print(c.co_name, eval(c))
print(eval(compile(b"2 + 2", b"bytesname", "eval")))
c = compile("1", "f", "exec", 0, False, -1)
print(c.co_filename)
c = compile("1", "f", "exec", flags=0, dont_inherit=True, optimize=2)
print(c.co_name)

# function code objects
def f(a, b, *args, c=1, **kw):
    d = a + b
    return d

co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_filename.endswith("compile_code.py"), co.co_firstlineno)
def pos(a, /, b): pass
print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer.__code__.co_cellvars, outer().__code__.co_freevars)
print((lambda: 0).__code__.co_name)
print(repr(co).startswith("<code object f at 0x"))
