import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def f(self): return 1
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def g(self): return 2
    p = 3
print(Full().f(), Full().g(), Full().p, Full.__abstractmethods__)
class V(ABC): pass
V.register(int)
print(isinstance(3, V), issubclass(int, V), issubclass(bool, V), issubclass(str, V))
class H(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, H), isinstance(Duck(), H), isinstance(1, H))
print(type(Base), isinstance(Base, ABCMeta))
