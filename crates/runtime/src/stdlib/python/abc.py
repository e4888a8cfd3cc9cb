"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _isabstract(value):
    # property, classmethod and staticmethod are not subclassable here and carry no
    # __isabstractmethod__ of their own: look at the functions they wrap.
    if isinstance(value, property):
        return any(_isabstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _isabstract(value.__func__)
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except Exception:
        return False


class _AbstractWrapper:
    """What abstractclassmethod/abstractstaticmethod build on: a marked wrapper."""

    __isabstractmethod__ = True
    _kind = classmethod

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable
        self._wrapped = self._kind(callable)

    def __get__(self, instance, owner=None):
        return self._wrapped.__get__(instance, owner)


class abstractclassmethod(_AbstractWrapper):
    """A decorator indicating abstract classmethods (deprecated)."""


class abstractstaticmethod(_AbstractWrapper):
    """A decorator indicating abstract staticmethods (deprecated)."""

    _kind = staticmethod


class abstractproperty:
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


_abc_invalidation_counter = 0


class _ABCData:
    """One ABC's registry and caches (CPython keeps them in `_abc_impl`)."""

    __slots__ = ("registry", "cache", "negative", "version", "subclasses")

    def __init__(self):
        self.subclasses = []
        self.registry = set()
        self.cache = set()
        self.negative = set()
        self.version = _abc_invalidation_counter


def get_cache_token():
    """The current ABC cache token: it changes whenever an ABC registers a class."""
    return _abc_invalidation_counter


def _compute_abstracts(cls, bases, namespace):
    abstracts = {name for name, value in namespace.items() if _isabstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, bases, namespace)
        cls._abc_impl = _ABCData()
        # type.__subclasses__ is not tracked here; every subclass of an ABC is made
        # by this metaclass, so the ABCs keep the list themselves.
        for base in bases:
            data = getattr(base, "_abc_impl", None)
            if isinstance(data, _ABCData):
                data.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if data.version == _abc_invalidation_counter and subclass in data.negative:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.version < _abc_invalidation_counter:
            data.negative = set()
            data.version = _abc_invalidation_counter
        elif subclass in data.negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.add(subclass)
            else:
                data.negative.add(subclass)
            return ok
        if cls in subclass.__mro__:
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in data.subclasses:
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            if _isabstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _isabstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()
