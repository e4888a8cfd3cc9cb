# Messages found by the differential fuzzer: a float count for a sequence on either side,
# divmod by a float zero, format codes a float refuses even for nan.
cases = [lambda: 1.5 * b'ab', lambda: b'ab' * 1.5, lambda: [1] * 1.5, lambda: 1.5 * 'x',
         lambda: (1,) * 2.0, lambda: 2.0 * (1,), lambda: bytearray(b'a') * 1.5,
         lambda: 1.5 * bytearray(b'a'), lambda: None * 'x', lambda: 'x' * None,
         lambda: divmod(1.0, 0.0), lambda: divmod(1, 0.0), lambda: divmod(1.0, 0),
         lambda: divmod(1, 0), lambda: divmod(-0.0, 0.0),
         lambda: format(float('nan'), '_b'), lambda: format(1.5, 'b'), lambda: format(1.5, ',d'),
         lambda: format(float('inf'), 'x'), lambda: format(1.5, 's'), lambda: format(2.5, ''),
         lambda: format(2.5, '%'), lambda: format(-0.0, 'g')]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
