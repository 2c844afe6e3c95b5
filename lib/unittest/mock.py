"""unittest.mock -- mock objects and patching for tests.

Every Mock instance gets a private subclass of its class (made in __new__),
so magic methods can be configured per instance by setting them on that
class.  Attributes are created on first access as child mocks remembered
in _mock_children; the return value is a child named '()'.  Each mock
knows two parent links: _mock_parent (attribute children only, used for
method_calls) and _mock_new_parent (attributes and return values, used for
mock_calls), so a call is recorded up both chains with dotted names such
as 'a.b()' or 'a().b'.

MagicMock installs descriptors for the supported magic methods on its
private class; reading m.__len__ yields a child mock (configurable as
m.__len__.return_value = 3) and len(m) calls it, with CPython's default
return values (0 for __len__, iter([]) for __iter__, ...).

patch/patch.object/patch.dict/patch.multiple work as decorators
(functions and classes), context managers and via start()/stop().
Assertion messages are CPython's.  Not supported: AsyncMock behaviour,
seal(), signature checking by autospec.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import importlib
import pprint
import sys
from functools import wraps

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """Unique named objects: sentinel.foo is sentinel.foo."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Compares equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


# ---- call objects ----------------------------------------------------------

class _Call(tuple):
    """A recorded call: (args, kwargs) for call_args, (name, args, kwargs)
    for method_calls/mock_calls; also the `call` factory object."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return None, args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        sname, sargs, skwargs = self._parts()
        if isinstance(other, _Call):
            oname, oargs, okwargs = other._parts()
            if (getattr(self, '_mock_parent', None) is not None and
                    getattr(other, '_mock_parent', None) is not None and
                    self._mock_parent != other._mock_parent):
                return False
        else:
            oname = None
            oargs = ()
            okwargs = {}
            if n == 0:
                pass
            elif n == 3:
                oname, oargs, okwargs = other
            elif n == 1:
                value, = other
                if isinstance(value, tuple):
                    oargs = value
                elif isinstance(value, str):
                    oname = value
                else:
                    okwargs = value
            elif n == 2:
                first, second = other
                if isinstance(first, str):
                    oname = first
                    if isinstance(second, tuple):
                        oargs = second
                    else:
                        okwargs = second
                else:
                    oargs, okwargs = first, second
            else:
                return False
        if sname and oname and sname != oname:
            return False
        return (oargs, okwargs) == (sargs, skwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2:
            name = 'call'
        elif not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


# ---- the mock classes ------------------------------------------------------

_ASSERT_TYPOS = ('assert', 'assret', 'asert', 'aseert', 'assrt')
# assert_X without the prefix: a likely typo of an assertion
_ATTRIB_DENY_LIST = frozenset({'called_once', 'called_with',
                               'called_once_with', 'has_calls', 'any_call',
                               'not_called'})


def _is_magic(name):
    return name[:2] == '__' and name[-2:] == '__' and len(name) > 4


class NonCallableMock:
    """A mock that records attribute access; see Mock for calls."""

    def __new__(cls, /, *args, **kw):
        sub = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(sub)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_set'] = spec_set
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        d = self.__dict__
        methods = None
        spec_class = None
        if spec is not None and not isinstance(spec, (list, tuple)) or \
                isinstance(spec, type):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods

    def attach_mock(self, mock, attribute):
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    @property
    def return_value(self):
        ret = self.__dict__.get('_mock_return_value', DEFAULT)
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if _is_mock(value) and value._mock_new_parent is None and \
                value._mock_parent is None and not value._mock_name:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    @property
    def side_effect(self):
        return self.__dict__.get('_mock_side_effect')

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and \
                not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    called = property(lambda self: self._mock_called,
                      lambda self, v: self.__dict__.__setitem__('_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: self.__dict__.__setitem__('_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: self.__dict__.__setitem__('_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list,
                              lambda self, v: self.__dict__.__setitem__('_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: self.__dict__.__setitem__('_mock_mock_calls', v))

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = d.get('_mock_return_value', DEFAULT)
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        d = self.__dict__
        if d.get('_mock_methods') is not None:
            if name not in d['_mock_methods'] or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not d.get('_mock_unsafe', False) and \
                (not d.get('_mock_methods') or name not in d['_mock_methods']):
            if name.startswith(_ASSERT_TYPOS) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = d['_mock_children']
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if d['_mock_wraps'] is not None:
                wraps = getattr(d['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in _allowed_names or name.startswith('_mock_') or \
                isinstance(NonCallableMock.__dict__.get(name), property):
            return object.__setattr__(self, name, value)
        if d.get('_spec_set') and d.get('_mock_methods') is not None and \
                name not in d['_mock_methods'] and name not in d:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if d.get('_mock_methods') is not None and \
                    name not in d['_mock_methods']:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_mock(value):
                _attach(self, value, None, name)
                d['_mock_children'][name] = value
                setattr(type(self), name, _MagicProxy(name))
            else:
                setattr(type(self), name, _wrap_magic(value))
                d['_mock_children'].pop(name, None)
            return
        if _is_mock(value) and _attach(self, value, name, name):
            d['_mock_children'][name] = value
        elif name in d['_mock_children']:
            del d['_mock_children'][name]
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in d:
                return
        obj = d['_mock_children'].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        d['_mock_children'][name] = _deleted

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        parent = self._mock_new_parent
        seen = set()
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        if names[0] is None or not last._mock_new_name:
            pass
        first = last._mock_name or 'mock'
        if len(names) > 1:
            if names[1] not in ('()', '().'):
                first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                      spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [m for m, v in self._mock_children.items()
                      if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_')]
        return sorted(set(extras + from_type + from_dict + from_child))

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: %s'
                % (expected, 'not called.'))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    f'Calls not found.\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == c for c in self.call_args_list):
            raise AssertionError('%s call not found' %
                                 self._format_mock_call_signature(args, kwargs))

    def _get_child_mock(self, /, **kw):
        t = type(self)
        if issubclass(t, MagicMock) or issubclass(t, NonCallableMagicMock):
            klass = MagicMock
        elif not issubclass(t, CallableMixin):
            klass = Mock
        else:
            klass = t.__mro__[1]
        return klass(**kw)


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


class _SpecState:
    pass


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _attach(parent, value, name, new_name):
    if not _is_mock(value):
        return False
    d = value.__dict__
    if d['_mock_name'] or d['_mock_new_name'] or d['_mock_parent'] is not None \
            or d['_mock_new_parent'] is not None:
        return False
    d['_mock_new_parent'] = parent
    d['_mock_new_name'] = new_name
    d['_mock_parent'] = parent
    d['_mock_name'] = name
    return True


class CallableMixin:

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent,
                                 _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._execute(args, kwargs)

    def _record_call(self, args, kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        this = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = this
        d['_mock_call_args_list'].append(this)
        d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        # method_calls go up the attribute chain, mock_calls up every link
        method_ok = d['_mock_parent'] is not None
        method_name = d['_mock_name']
        call_name = d['_mock_new_name']
        through_call = call_name == '()'
        up = d['_mock_new_parent']
        seen = set()
        while up is not None and id(up) not in seen:
            seen.add(id(up))
            if method_ok:
                up.method_calls.append(_Call((method_name, args, kwargs)))
                method_ok = up._mock_parent is not None
                if method_ok:
                    method_name = up._mock_name + '.' + method_name
            up.mock_calls.append(_Call((call_name, args, kwargs)))
            if up._mock_new_name:
                sep = '' if through_call else '.'
                through_call = up._mock_new_name == '()'
                call_name = up._mock_new_name + sep + call_name
            up = up._mock_new_parent

    def _execute(self, args, kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        ret = self.__dict__.get('_mock_return_value', DEFAULT)
        if ret is not DEFAULT:
            return ret
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and return return_value (a
    child mock unless set), after applying side_effect."""


# ---- magic methods ---------------------------------------------------------

_magics = {
    '__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__',
    '__len__', '__exit__', '__complex__', '__float__', '__bool__',
    '__index__', '__hash__', '__str__', '__sizeof__', '__enter__',
    '__getitem__', '__setitem__', '__delitem__', '__iter__', '__next__',
    '__reversed__', '__round__', '__floor__', '__trunc__', '__ceil__',
    '__fspath__', '__eq__', '__ne__', '__add__', '__sub__', '__mul__',
    '__matmul__', '__truediv__', '__floordiv__', '__mod__', '__divmod__',
    '__lshift__', '__rshift__', '__and__', '__xor__', '__or__', '__pow__',
    '__radd__', '__rsub__', '__rmul__', '__rmatmul__', '__rtruediv__',
    '__rfloordiv__', '__rmod__', '__rdivmod__', '__rlshift__',
    '__rrshift__', '__rand__', '__rxor__', '__ror__', '__rpow__',
    '__iadd__', '__isub__', '__imul__', '__imatmul__', '__itruediv__',
    '__ifloordiv__', '__imod__', '__ilshift__', '__irshift__', '__iand__',
    '__ixor__', '__ior__', '__ipow__', '__neg__', '__pos__', '__abs__',
    '__invert__', '__format__', '__get__', '__set__', '__delete__',
    '__missing__', '__dir__',
}
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__',
                 '__missing__', '__reduce__', '__reduce_ex__',
                 '__getinitargs__', '__getnewargs__', '__getstate__',
                 '__setstate__', '__getformat__', '__class_getitem__',
                 '__dir__', '__format__', '__subclasses__', '__repr__',
                 '__getnewargs_ex__'}
_all_magics = _magics | _non_defaults
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__',
                       '__subclasscheck__', '__del__'}
_configured = _magics - _non_defaults

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}


def _default_effect(mock, name):
    if name == '__eq__':
        def eq(other):
            ret = mock.__eq__.__dict__.get('_mock_return_value', DEFAULT)
            if ret is not DEFAULT:
                return ret
            return mock is other
        return eq
    if name == '__ne__':
        def ne(other):
            ret = mock.__ne__.__dict__.get('_mock_return_value', DEFAULT)
            if ret is not DEFAULT:
                return ret
            return mock is not other
        return ne
    if name == '__iter__':
        def it():
            ret = mock.__iter__.__dict__.get('_mock_return_value', DEFAULT)
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        return it
    return None


class _MagicProxy:
    """Class-level stand-in for a magic method of a MagicMock: reading it
    from an instance returns (creating on first use) the child mock."""

    def __init__(self, name):
        self.name = name

    def create_mock(self, obj):
        name = self.name
        m = obj._get_child_mock(name=name, parent=obj, _new_name=name,
                                _new_parent=obj)
        obj._mock_children[name] = m
        if name in _return_values:
            m.return_value = _return_values[name]
        elif name == '__hash__':
            m.return_value = object.__hash__(obj)
        elif name == '__str__':
            m.return_value = object.__str__(obj)
        elif name == '__sizeof__':
            m.return_value = object.__sizeof__(obj)
        else:
            effect = _default_effect(obj, name)
            if effect is not None:
                m.side_effect = effect
        return m

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        m = obj._mock_children.get(self.name)
        if m is None or m is _deleted:
            m = self.create_mock(obj)
        return m


def _wrap_magic(func):
    # a plain function set as a magic method gets the mock as self
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    return method


class MagicMixin:

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these = _configured
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            these = _configured.intersection(methods)
            for name in _configured - these:
                if name in type(self).__dict__:
                    delattr(type(self), name)
        for name in these - set(type(self).__dict__):
            setattr(type(self), name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that is not callable."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMock(MagicMock):
    """Placeholder: behaves as MagicMock."""


class PropertyMock(Mock):
    """A mock usable as a property on a class."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock with spec's attributes (signatures are not checked)."""
    is_type = isinstance(spec, type)
    if instance or not callable(spec):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    kw = {'spec_set' if spec_set else 'spec': spec}
    kw.update(kwargs)
    if _name is not None:
        kw['name'] = _name
    mock = klass(**kw)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()')
    return mock


def seal(mock):
    mock.__dict__['_mock_sealed'] = True


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(), serving read_data."""
    state = {'data': read_data}

    def lines():
        data = state['data']
        sep = b'\n' if isinstance(data, bytes) else '\n'
        return iter(data.splitlines(True)) if data else iter(())

    def reset():
        state['it'] = lines()

    def _read(*args, **kwargs):
        rest = list(state['it'])
        state['it'] = iter(())
        joined = (b'' if isinstance(read_data, bytes) else '').join(rest)
        if args and args[0] is not None and args[0] >= 0:
            n = args[0]
            head, tail = joined[:n], joined[n:]
            state['it'] = iter([tail]) if tail else iter(())
            return head
        return joined

    def _readline(*args, **kwargs):
        for line in state['it']:
            return line
        return b'' if isinstance(read_data, bytes) else ''

    def _readlines(*args, **kwargs):
        rest = list(state['it'])
        state['it'] = iter(())
        return rest

    def _iter(*args, **kwargs):
        for line in state['it']:
            yield line

    def _next(*args, **kwargs):
        return next(state['it'])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = _iter
    handle.__next__.side_effect = _next
    reset()

    def _open(*args, **kwargs):
        reset()
        if handle.readline.side_effect is _readline:
            pass
        return DEFAULT

    mock.side_effect = _open
    mock.return_value = handle
    return mock


def _file_spec():
    import io
    return list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))


# ---- patching --------------------------------------------------------------

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = importlib.import_module(import_path)
    for comp in components:
        import_path += '.%s' % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            importlib.import_module(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec,
                   self.create, self.spec_set, self.autospec,
                   self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [x.copy() for x in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra.append(arg)
                return func(*(args + tuple(extra)), **keywargs)
            finally:
                exc = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*exc)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r"
                                 % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            Klass = new_callable or MagicMock
            _kwargs = {}
            if new_callable is None and (spec is not None or spec_set is not None):
                this_spec = spec if spec_set is None else spec_set
                if not callable(this_spec):
                    Klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if isinstance(Klass, type) and issubclass(Klass, NonCallableMock) \
                    and self.attribute:
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = Klass(**_kwargs)
            if inherit and _is_mock(new):
                this_spec = spec if spec_set is None else spec_set
                new.return_value = Klass(_new_parent=new, _new_name='()',
                                         spec=this_spec)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        self._entered_extra = []
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                self._entered_extra.append(patching)
                if patching.new is DEFAULT:
                    extra.update(arg)
            return extra
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__',
                                                       '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patching in reversed(self._entered_extra):
            patching.__exit__(*exc_info)
        self._entered_extra = []
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set,
                      autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace target ('package.module.attr') for the duration of a
    function, class or with-block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """Temporarily update (or clear and set) a dictionary."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                if attr.startswith(patch.TEST_PREFIX):
                    value = getattr(f, attr)
                    if hasattr(value, "__call__"):
                        setattr(f, attr, _patch_dict(self.in_dict, self.values,
                                                     self.clear)(value))
            return f

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        in_dict.clear()
        in_dict.update(self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    for p in reversed(_patch._active_patches):
        p.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
