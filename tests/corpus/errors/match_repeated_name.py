match {"k": [1, 2]}:
    case {"k": [x, x]}:
        pass
