# f-string fields: self-documenting '=', conversions, nested specs; str.format nesting.
x = 3.14159
name = "Ada"
width, prec = 10, 3
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }|{x =}|")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{name=!a}")
print(f"{x=:.2f}")
print(f"{x = :>{width}.{prec}f}|")
print(f"{items[0] + items[1]=}")
print(f"{len(items)=}, {items=}")
print(f"{name!r:>10}|{name!s:<8}|{name!a:^9}|")
print(f"{'café'!a} {'日本'!a}")
print(f"{x:{width}.{prec}f}|{x:<{width}}|{x:{'^'}{width}}|")
print(f"{'nested':{'>'}{width}}")
print(f"{3 > 2=}")
print(f"{x!r:{width}}|")
print(f"{{literal}} {{{name}}}")
print(f"{name:{'*'}^{width}}")
d = {"key": "value"}
print(f"{d['key']=}")
print(f"{(lambda: 5)()=}")
print(f"{x:=^12.2f}")
print(f"{'a' 'b'=}")
print(f"{ x = :8.3f}|")
print("{:{}}|".format(x, width))
print("{0:{1}.{2}f}|".format(x, width, prec))
print("{:{w}.{p}}|".format(x, w=width, p=prec))
print("{:{}{}}|".format(name, ">", width))
print("{0!r:>{1}}|".format(name, width))
print(ascii("naïve"), ascii(["é", 1]))
for spec_width in (1, 5, 12):
    print(f"[{name:>{spec_width}}]")
