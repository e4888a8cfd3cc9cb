import warnings
warnings.warn("hello")
warnings.warn("dep", DeprecationWarning)
def f():
    warnings.warn("in f", UserWarning, stacklevel=2)
f()
for i in range(3):
    warnings.warn("loop")
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once msg")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", RuntimeWarning)
    print(len(w), [str(x.message) for x in w], w[0].category, w[1].lineno, w[0].filename.endswith('w1.py'))
    print(str(w[0]).replace(__file__, 'F'))
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("caught", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign")
warnings.warn("ignored msg")
warnings.warn("shown msg")
try: warnings.warn("x", str)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  code  "))
warnings.warn(UserWarning("instance"))
print(warnings.filters[1:3])
