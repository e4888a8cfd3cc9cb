# An undefined global read by `+=`.
def bump():
    global total
    total += 1


bump()
