# pow() with a modulus: ints only; float refuses a modulus first, others are unsupported.
for text, case in [
    ("pow(3.5, '', 7)", lambda: pow(3.5, '', 7)),
    ("pow('', 3.5, 7)", lambda: pow('', 3.5, 7)),
    ("pow(2, 3, 5.0)", lambda: pow(2, 3, 5.0)),
    ("pow(2, '', 5)", lambda: pow(2, '', 5)),
    ("pow(2, 3, None)", lambda: pow(2, 3, None)),
    ("pow(True, 3, 5)", lambda: pow(True, 3, 5)),
    ("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5)),
]:
    try:
        print(text, repr(case()))
    except Exception as e:
        print(text, type(e).__name__, e)
