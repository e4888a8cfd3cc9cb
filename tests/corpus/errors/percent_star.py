# `*` widths and precisions in %-formatting: an int only, Py_ssize_t widths, C int precisions.
class I:
    def __index__(self):
        return 3


for fmt, args in [('%*d', (2**63, 1)), ('%*d', (-2**63 - 1, 1)), ('%.*f', (2**31, 1.0)),
                  ('%.*f', (2**63, 1.0)), ('%.*f', (-2**31 - 1, 1.0)), ('%*d', (-5, 1)),
                  ('%*d', (1.5, 1)), ('%*d', (I(), 1)), ('%.*f', (I(), 1.0)),
                  ('%*d', (True, 1)), ('%.*f', (False, 2.5)), ('%*.*f', (8, 3, 3.14159)),
                  ('%-*s|', (4, 'a')), ('%*s', ('x', 1)), ('%*d', (3,))]:
    for conv in (str, lambda s: s.encode()):
        try:
            print(repr(conv(fmt) % args))
        except Exception as e:
            print(type(e).__name__, e)
