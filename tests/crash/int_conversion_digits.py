# args: --timeout 20
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
