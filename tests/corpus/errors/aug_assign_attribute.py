# A missing attribute read by `+=`: the caret marks the target.
class C:
    pass


def bump(obj):
    obj.missing += 1


bump(C())
