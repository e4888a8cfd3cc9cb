def spin():
    return "spin"
