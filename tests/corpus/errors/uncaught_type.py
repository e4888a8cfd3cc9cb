value = 1 + \
    "a"
