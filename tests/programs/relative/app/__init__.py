from . import config
from .parts import engine
from .parts.engine import run as start
