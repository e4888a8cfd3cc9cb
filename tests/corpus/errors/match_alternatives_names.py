match [1, 2]:
    case [a, b] | [a]:
        pass
