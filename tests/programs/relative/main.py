import app
print(app.start(), app.engine.run())
print(app.config.SETTING)
for mod in ["app.parts.broken", "app.parts.missing", "app.parts.noname"]:
    try:
        exec(f"import {mod}")
    except ImportError as e:
        print(type(e).__name__, e)
try:
    from . import app
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .app import config
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)
