# A yield inside a generator expression is a SyntaxError.
def f(items):
    return list((yield item) for item in items)
