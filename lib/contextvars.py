"""Context variables (PEP 567), in Python.

Design
------
A Context is an immutable-by-convention mapping from ContextVar to value,
stored as a plain dict that is never mutated once another Context may share
it: ContextVar.set() replaces the current context's dict with an updated
copy (copy-on-write), so copy_context() is O(1) -- it just shares the dict.
Set is O(n) in the number of variables, which is small in practice.

Each thread has its own current Context (keyed by thread id); a thread's
first access creates an empty one.  Context.run() swaps the thread's
current context for the duration of the call and refuses re-entry of a
context that is already entered anywhere, as CPython does.

Tokens remember the variable, the previous value (Token.MISSING when there
was none) and the context they were created in, and are single-use.
The classes report module '_contextvars' like CPython's C types.
"""

from _thread import get_ident as _get_ident

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_current = {}           # thread id -> Context


def _get_context():
    tid = _get_ident()
    ctx = _current.get(tid)
    if ctx is None:
        ctx = Context()
        _current[tid] = ctx
    return ctx


def _addr(obj):
    return '0x%x' % id(obj)


class Context:
    __slots__ = ('_data', '_entered', '_prev')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self = object.__new__(cls)
        self._data = {}
        self._entered = False
        self._prev = None
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable "
                        "base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered"
                               % (self,))
        tid = _get_ident()
        self._prev = _current.get(tid)
        self._entered = True
        _current[tid] = self
        try:
            return callable(*args, **kwargs)
        finally:
            prev = self._prev
            if prev is None:
                _current.pop(tid, None)
            else:
                _current[tid] = prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _check_key(self, key):
        if not isinstance(key, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (key,))

    def __getitem__(self, var):
        self._check_key(var)
        return self._data[var]

    def __contains__(self, var):
        self._check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        self._check_key(var)
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return '<_contextvars.Context object at %s>' % _addr(self)


_NO_DEFAULT = object()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __new__(cls, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an "
                        "acceptable base type")

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d"
                            % len(args))
        data = _get_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _get_context()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r"
                            % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar"
                             % (token,))
        ctx = _get_context()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context"
                             % (token,))
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _NO_DEFAULT:
            r += ' default=%r' % (self._default,)
        return r + ' at %s>' % _addr(self)


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable "
                        "base type")

    @classmethod
    def _make(cls, ctx, var, old):
        self = object.__new__(cls)
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at %s>' % (used, self._var, _addr(self))


def copy_context():
    return _get_context().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
