from .. import config
from ..config import SETTING
from . import wheel
from .wheel import spin


def run():
    return f"engine {SETTING} {config.SETTING} {spin()} {wheel.__name__}"
