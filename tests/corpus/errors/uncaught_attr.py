class Thing:
    pass

t = Thing()
print(t.missing)
