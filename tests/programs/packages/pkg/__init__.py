print("pkg init", __name__, __package__)
TOP = "top"
