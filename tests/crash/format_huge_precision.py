# args: --timeout 20
# expect: 70002 70002 70007
x = format(1.5, '.70000f'), '%.70000f' % 2.5, format(1e-300, '.70000e')
print(len(x[0]), len(x[1]), len(x[2]))
