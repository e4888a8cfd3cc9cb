# A missing key read by `+=`: CPython marks the target as a subscript (~^^^^^).
counts = {}


def tally(word):
    counts[word] += 1


tally("k")
