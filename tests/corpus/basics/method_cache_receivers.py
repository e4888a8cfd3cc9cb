# One call site, receivers of several built-in types (bool shares int's methods; missing ones raise).
for x in [True, 5, 2**70, False, 3.5, None]:
    try:
        print(x.__class__.__name__, x.bit_length(), x.conjugate())
    except AttributeError as e:
        print("AttributeError", e)
for x in [b"a", bytearray(b"a"), memoryview(b"a")]:
    try:
        print(x.hex(), x.decode())
    except AttributeError as e:
        print("AttributeError", e)
