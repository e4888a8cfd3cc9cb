from .wheel import nope
