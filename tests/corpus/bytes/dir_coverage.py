for t in (bytes, bytearray, memoryview):
    names = [m for m in dir(t) if not m.startswith('_')]
    print(t.__name__, len(names), names)
