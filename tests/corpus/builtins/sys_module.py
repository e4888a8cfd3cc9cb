# the sys module
import sys
print(sys.__name__, type(sys.path).__name__, type(sys.argv).__name__, sys.byteorder, sys.maxsize, sys.platform)
print(sys.maxsize == 2 ** 63 - 1, type(sys.path[0]).__name__)
print(sys.stdout, type(sys.stdout))
print(sys.stderr, type(sys.stderr))
print(sys.stdin, type(sys.stdin))
print('FileIO' in str(type(sys.stdout.buffer)), 'FileIO' in str(type(sys.stderr.buffer)))
n = sys.stdout.write("written\n")
print(n)
n = sys.stdout.buffer.write(b"bytes out\n")
print(n)
sys.stdout.flush()
print(sys.stdout.encoding, sys.stdout.name, sys.stdout.mode, sys.stdout.isatty())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.buffer.write("x")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError", type(e).__name__)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
import math
print(sys.modules["math"] is math)
sys.modules["fake_module"] = 42
import fake_module
print(fake_module)
del sys.modules["fake_module"]
try:
    import fake_module
except ImportError as e:
    print(type(e).__name__, e)
print(sys.intern("abc") == "abc")
try:
    sys.intern(0)
except TypeError as e:
    print("TypeError", e)
print(type(sys.__dict__).__name__, sys.__dict__["__name__"])
print(type(sys.implementation).__name__, type(sys.implementation.name).__name__)
sys.stderr.write("to stderr\n")
for args in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
sys.exit("bye")
