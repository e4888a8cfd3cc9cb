print("pkg.sub init", __name__, __package__)
