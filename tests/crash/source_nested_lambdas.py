# args: --timeout 20
# expand: 30000 lambda: 
# expect: RecursionError: maximum recursion depth exceeded during compilation
# status: 1
f = @@1
