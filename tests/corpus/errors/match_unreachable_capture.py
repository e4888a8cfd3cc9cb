print("never runs")
match [1, 2]:
    case [x, *rest] if x:
        pass
    case value:
        pass
    case 1:
        pass
