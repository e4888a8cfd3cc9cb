"""Generic (shallow and deep) copying operations."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(...), type(NotImplemented), type(len), property)


def _function_types():
    return (type(lambda: 0), type(len))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset) or cls in _function_types():
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, "__reduce__", None)
        if reductor is not None:
            rv = reductor()
        else:
            rv = _reduce_plain(x, cls)
    return rv


def _reduce_plain(x, cls):
    # object.__reduce_ex__(4) for a plain instance: copyreg.__newobj__ and the state.
    if not hasattr(x, "__dict__") and not hasattr(cls, "__slots__"):
        raise Error(f"un(shallow)copyable object of type {cls}")
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
    else:
        # The value of an immutable built-in base is an argument of __new__.
        base = next((b for b in cls.__mro__ if b in _IMMUTABLE_BASES), None)
        args = (base(x),) if base is not None else ()
    state = None
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        d = getattr(x, "__dict__", None)
        state = d if d else None
        slots = {}
        for c in cls.__mro__:
            for name in c.__dict__.get("__slots__", ()):
                if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                    slots[name] = getattr(x, name)
        if slots:
            state = (state, slots)
    if isinstance(x, (set, bytearray)):
        # set.__reduce__ and bytearray.__reduce_ex__: the class called on the items.
        items = list(x) if isinstance(x, set) else bytes(x)
        return (cls, (items,), state)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


_IMMUTABLE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or cls in _function_types() or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _setstate(y, state):
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _setstate(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
