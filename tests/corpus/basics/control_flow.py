for i in range(3):
    if i == 0:
        print("zero")
    elif i == 1:
        print("one")
    else:
        print("other", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("not reached")
for x in []:
    pass
else:
    print("for-else ran")
count = 0
while count < 3:
    count += 1
else:
    print("while-else ran", count)
for i, ch in enumerate("hey", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
result = "yes" if count == 3 else "no"
print(result)
print([i for i in range(20) if i % 3 == 0])
print({k: k * k for k in range(4)})
print({c for c in "hello"} == set("helo"))
print([(i, j) for i in range(3) for j in range(i)])
