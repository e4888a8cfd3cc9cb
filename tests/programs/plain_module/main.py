import helper
import helper as again
from helper import bump, where

print(helper is again, bump(), bump(), helper.COUNT)
print(where(), helper.where())
print(repr(helper).replace(helper.__file__, "FILE"))
helper.COUNT = 10
print(bump(), helper.COUNT)
helper.new_attr = "set from main"
print(helper.new_attr, "new_attr" in dir(helper))
del helper.new_attr
print(hasattr(helper, "new_attr"))
try:
    helper.missing
except AttributeError as e:
    print(e)
try:
    del helper.missing
except AttributeError as e:
    print(e)
print(vars(helper)["COUNT"], helper.__dict__ is vars(helper))
print(type(helper).__name__)
