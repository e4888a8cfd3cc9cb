# A module for exec_namespace_sync.py: its globals are read and written from outside.
seen = []


def note(x):
    global last
    last = x
    seen.append(x)
    return len(seen)


def read(name):
    return globals().get(name)
