nonlocal counter
