try:
    [][0]
except IndexError:
    None.missing
