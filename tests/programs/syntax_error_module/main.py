import sys
try:
    import broken
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rsplit("/", 1)[-1])
print("broken" in sys.modules)
import indented
