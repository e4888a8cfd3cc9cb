import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f'{type(self).__name__} area={self.area()}'
for cls in (Shape,):
    try: cls()
    except TypeError as e: print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Square(2)
except TypeError as e: print(e)
class Sq2(Square):
    def perimeter(self): return 4 * self.s
print(Sq2(3).describe(), Sq2(3).perimeter(), Sq2.__abstractmethods__, sorted(Shape.__abstractmethods__))
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(WithProp.__abstractmethods__))
try: WithProp()
except TypeError as e: print(e)
class Impl(WithProp):
    name = 'impl'
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 'u'
print(Impl.make().name, Impl.util())
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
try: Meta()
except TypeError as e: print(e)
class Old(ABC):
    @abstractproperty
    def p(self): return 1
    @abstractclassmethod
    def c(cls): return cls
    @abstractstaticmethod
    def s(): return 's'
print(sorted(Old.__abstractmethods__))
class OldImpl(Old):
    p = 5
    c = classmethod(lambda cls: cls.__name__)
    s = staticmethod(lambda: 'S')
print(OldImpl().p, OldImpl.c(), OldImpl.s())
print(abstractmethod(lambda: 0).__isabstractmethod__, type(ABC), ABC.__abstractmethods__, abc.get_cache_token() >= 0)
class Plain:
    @abstractmethod
    def f(self): pass
print(Plain().f(), hasattr(Plain, '__abstractmethods__'))
class A(ABC): pass
class B: pass
class C(B): pass
print(issubclass(B, A), A.register(B) is B, issubclass(B, A), issubclass(C, A), isinstance(C(), A), A.register(B))
@A.register
class D: pass
print(issubclass(D, A), D.__name__)
try: A.register(5)
except TypeError as e: print(e)
class Sub(A): pass
try: Sub.register(A)
except RuntimeError as e: print(e)
print(issubclass(int, A), isinstance('x', A))
try: issubclass(5, A)
except TypeError as e: print(e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
class Goose: pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(Goose, Hook), isinstance(1, Hook))
class SubHook(Hook): pass
print(issubclass(Duck, SubHook), issubclass(SubHook, Hook))
class Mixed(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
class MixedImpl(Mixed):
    def b(self): ...
try: MixedImpl()
except TypeError as e: print(e)
MixedImpl.__abstractmethods__ = frozenset()
print(type(MixedImpl()).__name__)
class Z(ABC):
    @abstractmethod
    def f(self): ...
class ZImpl(Z):
    f = None
print(type(ZImpl()).__name__)
def outer(): pass
class Upd(ABC):
    @abstractmethod
    def g(self): ...
class UpdImpl(Upd): pass
UpdImpl.g = lambda self: 1
print(sorted(UpdImpl.__abstractmethods__), sorted(abc.update_abstractmethods(UpdImpl).__abstractmethods__), UpdImpl().g())
class InitArgs(ABC):
    def __init__(self, x): self.x = x
print(InitArgs(4).x)
class E(Exception, ABC):
    pass
print(repr(E('m')))
