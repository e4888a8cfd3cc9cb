def load(key):
    return {"a": 1}[key]

def process():
    try:
        load("b")
    except KeyError as e:
        raise ValueError("could not load") from e

process()
