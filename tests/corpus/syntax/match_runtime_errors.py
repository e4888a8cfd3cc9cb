# Run-time errors of class and mapping patterns.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)

not_a_class = 5

def call_non_class():
    match 5:
        case not_a_class():
            pass

attempt("non-class", call_non_class)

class P:
    __match_args__ = ("a",)
    a = 1

def too_many():
    match P():
        case P(1, 2):
            pass

attempt("too many", too_many)

class Q:
    pass

def no_match_args():
    match Q():
        case Q(1):
            pass

attempt("no __match_args__", no_match_args)

def builtin_two():
    match 5:
        case int(1, 2):
            pass

attempt("int(1, 2)", builtin_two)

class R:
    __match_args__ = ["a"]

def list_match_args():
    match R():
        case R(1):
            pass

attempt("list __match_args__", list_match_args)

class S:
    __match_args__ = (1,)

def non_str_match_args():
    match S():
        case S(1):
            pass

attempt("int in __match_args__", non_str_match_args)

class T:
    __match_args__ = ("a",)
    a = 1

def repeated():
    match T():
        case T(1, a=1):
            pass

attempt("repeated attribute", repeated)

class K:
    x = "a"
    y = "a"

def dup_keys():
    match {"a": 1, "b": 2}:
        case {K.x: 1, K.y: 1}:
            pass

attempt("duplicate keys", dup_keys)

class Boom:
    __match_args__ = ("v",)

    @property
    def v(self):
        raise ValueError("property failed")

def raising_attr():
    match Boom():
        case Boom(1):
            pass

attempt("raising property", raising_attr)

# A non-class that is not called is fine (it is a value pattern).
match 5:
    case not_a_class:
        print("capture, not a call:", not_a_class)

# Uncaught: the traceback points at the case.
match 1:
    case not_a_class():
        pass
