def helper():
    return "util " + __name__


def fail():
    return {}["missing"]
