from .nowhere import x
