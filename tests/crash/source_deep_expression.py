# args: --timeout 20
# expand: 100000 -
# expect: 1
x = @@1
print(-x)
