# args: --timeout 20
# expand: 3000000 1
# expect: SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 3000000 digits
# status: 1
x = @@
