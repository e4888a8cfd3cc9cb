# errors from exec, eval and compile
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: exec())
show(lambda: eval())
show(lambda: exec("1", {}, {}, {}))
show(lambda: eval("1", {}, {}, {}))
show(lambda: exec("1", globals={}))
show(lambda: eval("1", globals={}))
show(lambda: exec(5))
show(lambda: eval(5))
show(lambda: eval(None))
show(lambda: exec("print(1)", "foo"))
show(lambda: exec("print(1)", []))
show(lambda: exec("print(1)", None, 123))
show(lambda: eval("1", None, 5))
show(lambda: eval("1", 5))
show(lambda: eval("1", []))
show(lambda: eval("1", [], {}))
show(lambda: exec("a\0"))
show(lambda: eval("a\0"))
show(lambda: compile("a\0", "f", "exec"))
show(lambda: exec(b"\xff"))
show(lambda: compile(5, "f", "exec"))
show(lambda: compile("1", 5, "exec"))
show(lambda: compile("1", "f", 5))
show(lambda: compile("1", "f", ""))
show(lambda: compile("1", "f", "bad"))
show(lambda: compile("1", "f"))
show(lambda: compile("1", "f", "exec", 0, 0, 0, 0))
show(lambda: compile("1", "f", "exec", bad=1))
show(lambda: compile("1", "f", "exec", flags="x"))
show(lambda: exec("x = 1/0"))
show(lambda: eval("undefined_name"))

# syntax errors carry their location
for src, mode in [("[1,,]", "eval"), ("x = 1", "eval"), ("1 +", "exec"), ("x = 1\n  y = 2", "exec"),
                  ("def f(:\n", "exec"), ("return 1", "exec"), ("a b", "single")]:
    try:
        if mode == "eval":
            eval(src)
        else:
            exec(compile(src, "<string>", mode))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print(" str:", e)
        print(" args:", e.args)
try:
    compile("1 +", "some/dir/name.py", "exec")
except SyntaxError as e:
    print(e, e.filename)
