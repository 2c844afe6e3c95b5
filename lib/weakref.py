"""Weak references (krait): ref comes from _weakref (C); the containers
and finalize are written here in Python on top of it."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _deref(p):
    o = object.__getattribute__(p, "_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class ProxyType:
    """A proxy forwarding every operation to a weakly referenced object."""
    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_ref", ref(obj))
        else:
            object.__setattr__(self, "_ref", ref(obj, lambda r, p=None: callback(self)))

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()
        if o is None:
            return f"<weakproxy at {id(self):#x}; dead>"
        return f"<weakproxy at {id(self):#x}; to '{type(o).__name__}' at {id(o):#x}>"

    def __str__(self): return str(_deref(self))
    def __bool__(self): return bool(_deref(self))
    def __len__(self): return len(_deref(self))
    def __iter__(self): return iter(_deref(self))
    def __next__(self): return next(_deref(self))
    def __contains__(self, x): return x in _deref(self)
    def __getitem__(self, k): return _deref(self)[k]
    def __setitem__(self, k, v): _deref(self)[k] = v
    def __delitem__(self, k): del _deref(self)[k]
    def __eq__(self, o): return _deref(self) == o
    def __ne__(self, o): return _deref(self) != o
    def __lt__(self, o): return _deref(self) < o
    def __le__(self, o): return _deref(self) <= o
    def __gt__(self, o): return _deref(self) > o
    def __ge__(self, o): return _deref(self) >= o
    def __add__(self, o): return _deref(self) + o
    def __sub__(self, o): return _deref(self) - o
    def __mul__(self, o): return _deref(self) * o
    def __truediv__(self, o): return _deref(self) / o
    def __neg__(self): return -_deref(self)
    def __index__(self): return _deref(self).__index__()
    __hash__ = None




class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """Returns a proxy to obj that holds it weakly."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that stays alive while both the
    object and the function are alive."""
    __slots__ = ("_func_ref", "_meth_type", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class WeakValueDictionary:
    """Mapping whose values are held through weak references; an entry
    disappears when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        selfref = ref(self)

        def remove(wr, key):
            self_ = selfref()
            # the entry may have been replaced by a new value since
            if self_ is not None and self_.data.get(key) is wr:
                del self_.data[key]
        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        remove = self._remove
        self.data[key] = ref(value, lambda wr, key=key: remove(wr, key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return f"<WeakValueDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                out.append((k, v))
        return out

    def values(self):
        return [v for k, v in self.items()]

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for k, v in other.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    def valuerefs(self):
        return list(self.data.values())


class WeakKeyDictionary:
    """Mapping whose keys are held through weak references."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k):
            self_ = selfref()
            if self_ is not None:
                try:
                    del self_.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return f"<WeakKeyDictionary at {id(self):#x}>"

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                out.append((k, v))
        return out

    def values(self):
        return [v for k, v in self.items()]

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for k, v in dict.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v


class WeakSet:
    """A set holding weak references to its elements."""

    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)

        def remove(item):
            self_ = selfref()
            if self_ is not None:
                self_.data.discard(item)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __repr__(self):
        return f"<WeakSet at {id(self):#x}>"

    def clear(self):
        self.data.clear()

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def update(self, other):
        for element in other:
            self.add(element)

    def copy(self):
        return self.__class__(self)


class finalize:
    """Calls func(*args, **kwargs) when obj is collected (or at exit)."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        info = (func, args, kwargs or None)
        finalize._registry[id(self)] = self
        self._info = info
        self._alive = True
        self._ref = ref(obj, self)

    def __call__(self, _=None):
        if self._alive:
            self._alive = False
            finalize._registry.pop(id(self), None)
            func, args, kwargs = self._info
            return func(*args, **(kwargs or {}))

    def detach(self):
        if self._alive:
            obj = self._ref()
            if obj is not None:
                self._alive = False
                finalize._registry.pop(id(self), None)
                func, args, kwargs = self._info
                return (obj, func, args, kwargs or {})
        return None

    def peek(self):
        if self._alive:
            obj = self._ref()
            if obj is not None:
                func, args, kwargs = self._info
                return (obj, func, args, kwargs or {})
        return None

    @property
    def alive(self):
        return self._alive
