"""inspect -- inspect live objects: predicates, members, source, signatures,
frames.

Written from the documented behaviour of CPython 3.11's inspect module.

Source retrieval uses linecache and code.co_firstlineno.  The extent of a
def/class block is found by a small line scanner (_block_end) instead of
the tokenize module: it tracks brackets, string literals (including
triple-quoted ones spanning lines), comments and backslash continuations to
find logical lines, and ends the block at the first logical line indented
no deeper than the header; trailing blank and comment lines are not part of
the block.  Classes are located by searching for "class Name" headers whose
indentation matches the nesting of their __qualname__.

Signatures of Python functions come from __code__ (argument counts, names,
flags), __defaults__, __kwdefaults__ and __annotations__.  Built-in
callables carry no __text_signature__ in this runtime, so signature()
raises ValueError("no signature found for builtin ...") for them, where
CPython can often answer.
"""

import sys
import types
import linecache
import itertools
import functools
import collections

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
    'isasyncgenfunction', 'isasyncgen', 'istraceback', 'isframe', 'iscode',
    'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor',
    'isdatadescriptor', 'ismemberdescriptor', 'isgetsetdescriptor',
    'getmembers', 'getmembers_static', 'getmodule', 'getfile',
    'getsourcefile', 'getsource', 'getsourcelines', 'findsource', 'getdoc',
    'cleandoc', 'getmro', 'unwrap', 'signature', 'Signature', 'Parameter',
    'BoundArguments', 'getfullargspec', 'FullArgSpec', 'stack', 'trace',
    'currentframe', 'getframeinfo', 'getouterframes', 'getinnerframes',
    'getattr_static', 'formatannotation', 'getmodulename', 'ismethodwrapper',
    'getcallargs', 'getargvalues', 'ArgInfo', 'FrameInfo', 'Traceback',
    'classify_class_attrs', 'getcomments', 'get_annotations', 'indentsize',
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates ----------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') \
        else _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    ct = getattr(types, 'CoroutineType', None)
    return ct is not None and isinstance(object, ct)


def isasyncgen(object):
    at = getattr(types, 'AsyncGeneratorType', None)
    return at is not None and isinstance(object, at)


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object) and \
            object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), '__await__')


# Generator states, read from the generator's own flags as CPython does:
# running beats suspended, a dropped frame means the generator finished.
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    mw = getattr(types, 'MethodWrapperType', None)
    return mw is not None and isinstance(object, mw)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    md = getattr(types, 'MemberDescriptorType', None)
    return md is not None and isinstance(object, md)


def isgetsetdescriptor(object):
    gd = getattr(types, 'GetSetDescriptorType', None)
    return gd is not None and isinstance(object, gd)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members -------------------------------------------------------------------

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except (AttributeError, TypeError):
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) pairs of all attributes, sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _getmembers(object, predicate, getattr_static)


def classify_class_attrs(cls):
    Attribute = collections.namedtuple('Attribute',
                                       'name kind defining_class object')
    result = []
    for name in dir(cls):
        for base in getmro(cls):
            if name in base.__dict__:
                obj = base.__dict__[name]
                homecls = base
                break
        else:
            obj = getattr(cls, name)
            homecls = getattr(obj, "__objclass__", cls)
        if isinstance(obj, staticmethod):
            kind = "static method"
        elif isinstance(obj, classmethod):
            kind = "class method"
        elif isinstance(obj, property):
            kind = "property"
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, homecls, obj))
    return result


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def getdoc(object):
    """The documentation string, cleaned up with cleandoc(); inherited
    from the class hierarchy when missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None),
                                     '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj) or ismethoddescriptor(obj):
        name = obj.__name__
        self = getattr(obj, '__self__', None)
        cls = self if isclass(self) else type(self) \
            if self is not None else getattr(obj, '__objclass__', None)
        if cls is None:
            return None
    elif isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__doc__
            if doc is not None:
                return doc
        return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def cleandoc(doc):
    """Remove the common indentation of docstring lines 2.. and the blank
    lines at both ends; tabs are expanded first."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# ---- files and modules -----------------------------------------------------------

def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getmodulename(path):
    fname = path.rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.so'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of an object, or None."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    import os
    if os.path.exists(filename):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    main = sys.modules.get('__main__')
    if main is not None and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    builtins = sys.modules.get('builtins')
    if builtins is not None and hasattr(object, '__name__'):
        if getattr(builtins, object.__name__, None) is object:
            return builtins
    return None


def findsource(object):
    """(all lines of the file, 0-based line of the object's start)."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _find_class(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def _find_class(lines, qualname):
    # Walk the qualname: each class must be found inside the block of the
    # enclosing one (functions in '<locals>' parts are searched loosely).
    parts = qualname.split('.')
    start, end = 0, len(lines)
    lnum = None
    for i, part in enumerate(parts):
        if part == '<locals>':
            continue
        is_last = i == len(parts) - 1
        kw = 'class' if is_last else None
        found = None
        for n in range(start, end):
            stripped = lines[n].lstrip()
            for k in ((kw,) if kw else ('class', 'def', 'async def')):
                if stripped.startswith(k + ' '):
                    rest = stripped[len(k) + 1:].lstrip()
                    if rest.startswith(part) and \
                            not _ident_char(rest[len(part):len(part) + 1]):
                        found = n
                        break
            if found is not None:
                break
        if found is None:
            return None
        lnum = found
        start = found + 1
        end = found + len(getblock(lines[found:]))
    # include decorators directly above
    if lnum is not None:
        indent = indentsize(lines[lnum])
        while lnum > 0:
            prev = lines[lnum - 1]
            if prev.lstrip().startswith('@') and indentsize(prev) == indent:
                lnum -= 1
            else:
                break
    return lnum


def _ident_char(c):
    return bool(c) and (c.isalnum() or c == '_')


def _scan_line(line, state):
    """Advance the lexical state over one physical line.

    state = [open_quote or None, bracket depth, continued-by-backslash];
    returns the index of the first ':' at depth 0 outside strings (or -1).
    """
    quote, depth = state[0], state[1]
    colon = -1
    i = 0
    n = len(line)
    state[2] = False
    while i < n:
        c = line[i]
        if quote is not None:
            if c == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        if c == '#':
            break
        if c in '\'"':
            if line.startswith(c * 3, i):
                quote = c * 3
                i += 3
            else:
                quote = c
                i += 1
            continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif c == ':' and depth == 0 and colon < 0:
            colon = i
        elif c == '\\' and line[i + 1:].strip() == '':
            state[2] = True
            break
        i += 1
    if quote is not None and len(quote) == 1:
        # a single-quoted string cannot span lines (unless backslashed)
        if not line.rstrip('\r\n').endswith('\\'):
            quote = None
    state[0] = quote
    state[1] = depth
    return colon


def getblock(lines):
    """The lines of the def/class (or lambda) block starting at lines[0]."""
    state = [None, 0, False]
    n = len(lines)
    i = 0
    # decorators and the header's logical line
    header_indent = None
    while i < n:
        line = lines[i]
        stripped = line.strip()
        at_start = state[0] is None and state[1] == 0 and not state[2]
        colon = _scan_line(line, state)
        if at_start and header_indent is None and stripped and \
                not stripped.startswith('@') and not stripped.startswith('#'):
            header_indent = indentsize(line)
            is_def = stripped.startswith(('def ', 'class ', 'async '))
            if not is_def:
                # a lambda or other expression: its logical line only
                while (state[0] is not None or state[1] > 0 or state[2]) \
                        and i + 1 < n:
                    i += 1
                    _scan_line(lines[i], state)
                return lines[:i + 1]
            # find the end of the header; note where its ':' is
            colon_line = i if colon >= 0 else -1
            while (state[0] is not None or state[1] > 0 or state[2]) \
                    and i + 1 < n:
                i += 1
                c2 = _scan_line(lines[i], state)
                if colon < 0 and c2 >= 0:
                    colon, colon_line = c2, i
            if colon_line == i:
                after = lines[i][colon + 1:].split('#')[0].strip()
                if after:
                    return lines[:i + 1]      # one-line body
            i += 1
            break
        i += 1
    else:
        return lines
    last = i - 1
    body_col0 = None
    while i < n:
        line = lines[i]
        at_start = state[0] is None and state[1] == 0 and not state[2]
        stripped = line.strip()
        if at_start:
            if not stripped:
                i += 1
                continue
            if stripped.startswith('#'):
                # as with tokenize, comments never end a block; they
                # belong to it when indented at least like its body
                if body_col0 is not None and indentsize(line) >= body_col0:
                    last = i
                i += 1
                continue
            if indentsize(line) <= header_indent:
                break
            if body_col0 is None:
                body_col0 = indentsize(line)
        _scan_line(line, state)
        last = i
        i += 1
    return lines[:last + 1]


def getsourcelines(object):
    """(list of source lines, starting line number) of an object."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and
                            object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of an object, as one string."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return None
    if lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and \
                indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end -= 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end -= 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = getattr(obj, '__globals__', {})
    return {k: v if not isinstance(v, str) else eval(v, globals, locals)
            for k, v in ann.items()}


# ---- frames and stacks -------------------------------------------------------------

def currentframe():
    return sys._getframe(1)


class _Positions(tuple):
    __slots__ = ()
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __new__(cls, lineno=None, end_lineno=None, col_offset=None,
                end_col_offset=None):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset,
                                   end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return ('Positions(lineno=%r, end_lineno=%r, col_offset=%r, '
                'end_col_offset=%r)' % tuple(self))


class Traceback(tuple):
    """(filename, lineno, function, code_context, index) plus positions."""
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context,
                                   index))
        self.positions = positions
        return self

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    *self, self.positions))


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index) plus
    positions."""
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context',
               'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function,
                                   code_context, index))
        self.positions = positions
        return self

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(*self, self.positions))


def _positions_at(code, lasti):
    try:
        it = code.co_positions()
    except AttributeError:
        return _Positions()
    if lasti is None or lasti < 0:
        return _Positions()
    pos = next(itertools.islice(it, lasti // 2, None), None)
    return _Positions(*pos) if pos else _Positions()


def getframeinfo(frame, context=1):
    """A Traceback tuple describing a frame or traceback entry."""
    if istraceback(frame):
        positions = _positions_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _positions_at(frame.f_code,
                                  getattr(frame, 'f_lasti', -1))
    if positions[0] is None:
        positions = _Positions(lineno, *positions[1:])
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(
            frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        tb = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *tb, positions=tb.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info,
                                   positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's frame and all outer frames."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    co = frame.f_code
    nargs = co.co_argcount + co.co_kwonlyargcount
    names = list(co.co_varnames[:nargs])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


# ---- getattr_static ------------------------------------------------------------------

_sentinel = object()


def _static_getmro(klass):
    return type.__dict__['__mro__'].__get__(klass) \
        if '__mro__' in type.__dict__ else klass.__mro__


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without running descriptors or __getattr__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        dict_attr = _check_class(klass, '__dict__')
        if dict_attr is _sentinel or type(dict_attr).__name__ == \
                'getset_descriptor' or isinstance(dict_attr, property) or \
                True:
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj
    klass_result = _check_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _check_class(type(klass_result), "__get__") is not _sentinel and \
                (_check_class(type(klass_result), "__set__") is not _sentinel
                 or _check_class(type(klass_result), "__delete__")
                 is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_getmro(type(klass)):
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- signatures ----------------------------------------------------------------------

class _void:
    """A private marker: 'argument not given'."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    _names = ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL',
              'KEYWORD_ONLY', 'VAR_KEYWORD')
    _descriptions = ('positional-only', 'positional or keyword',
                     'variadic positional', 'keyword-only',
                     'variadic keyword')
    _members = []

    def __new__(cls, value):
        if isinstance(value, int) and 0 <= value < len(cls._members):
            return cls._members[value]
        raise ValueError('%r is not a valid _ParameterKind' % (value,))

    @property
    def name(self):
        return self._names[int(self)]

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._descriptions[int(self)]

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, int(self))

    def __str__(self):
        return self.name

    def __reduce__(self):
        return (_ParameterKind, (int(self),))


for _i in range(5):
    _ParameterKind._members.append(int.__new__(_ParameterKind, _i))
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, \
    _VAR_KEYWORD = _ParameterKind._members
for _k in _ParameterKind._members:
    setattr(_ParameterKind, _k.name, _k)
del _i, _k


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    ga = getattr(types, 'GenericAlias', None)
    if ga is not None and isinstance(annotation, ga):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _is_identifier(name):
    return isinstance(name, str) and name.isidentifier()


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except (ValueError, TypeError):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(
                type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    'implicit arguments must be passed as positional or '
                    'keyword arguments, not {}'.format(
                        self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void,
                default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted,
                                        formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to
    argument values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        else:
            if __validate_parameters__:
                params = {}
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before '
                               '{} parameter').format(top_kind.description,
                                                      kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument '
                                                 'follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(
                            'duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        kwargs = dict(kwargs)
        npos = 0
        i = 0
        # positional arguments
        while npos < len(args):
            if i >= len(params):
                raise TypeError('too many positional arguments') from None
            param = params[i]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[npos:])
                npos = len(args)
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(
                    arg=param.name)) from None
            arguments[param.name] = args[npos]
            npos += 1
            i += 1
        # the rest by keyword (or default)
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    if kwargs_param is None and not any(
                            p.kind == _VAR_KEYWORD for p in params):
                        raise TypeError(
                            '{arg!r} parameter is positional only, but was '
                            'passed as a keyword'.format(arg=name))
                    if param.default is _empty and not partial:
                        raise TypeError('missing a required argument: '
                                        '{arg!r}'.format(arg=name)) from None
                    continue
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {arg!r}'.format(
                    arg=name)) from None
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    'got an unexpected keyword argument {arg!r}'.format(
                        arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_is_functionlike(obj):
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, (dict)) or annotations is None))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False):
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))
    s = getattr(func, "__text_signature__", None)
    co = func.__code__
    pos_count = co.co_argcount
    arg_names = co.co_varnames
    posonly_count = co.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = co.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals,
                                  eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    Parameter = cls._parameter_cls
    non_default_count = pos_count - pos_default_count
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else \
            _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] \
            if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    if co.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if co.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if co.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    old_params = wrapped_sig.parameters
    new_params = collections.OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())


def _no_signature(obj):
    if isclass(obj) and not issubclass(obj, type):
        return ValueError('no signature found for builtin type {!r}'.format(
            obj))
    return ValueError('no signature found for builtin {!r}'.format(obj))


def _user_defined(cls, name):
    """The first definition of `name` in cls's MRO if it is Python code."""
    for base in cls.__mro__:
        if name in base.__dict__:
            attr = base.__dict__[name]
            if isinstance(attr, (staticmethod, classmethod)):
                attr = attr.__func__
            if isfunction(attr) or _signature_is_functionlike(attr) or \
                    isinstance(attr, functools.partial):
                return attr
            return None
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True,
                             skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False, sigcls):
    def recurse(o):
        return _signature_from_callable(
            o, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(
                    'unexpected object {!r} in __signature__ '
                    'attribute'.format(sig))
            return sig

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj,
                                        skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str)

    if isinstance(obj, functools.partial):
        wrapped_sig = recurse(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    if isclass(obj):
        call = None
        for base in type(obj).__mro__:
            if base is type:
                break
            if '__call__' in base.__dict__:
                call = _user_defined(type(obj), '__call__')
                break
        if call is not None:
            sig = recurse(call)
            return _signature_bound_method(sig)
        new = _user_defined(obj, '__new__')
        init = _user_defined(obj, '__init__')
        # whichever is defined lower in the MRO wins
        new_owner = init_owner = None
        for base in obj.__mro__:
            if new_owner is None and '__new__' in base.__dict__:
                new_owner = base
            if init_owner is None and '__init__' in base.__dict__:
                init_owner = base
        if init is not None and (new is None or
                                 obj.__mro__.index(init_owner) <=
                                 obj.__mro__.index(new_owner)):
            return _signature_bound_method(recurse(init))
        if new is not None:
            return _signature_bound_method(recurse(new))
        # Only object's (or a builtin's) __new__/__init__: a class built
        # purely from Python classes takes no arguments.
        if all(base.__module__ != 'builtins' for base in obj.__mro__[:-1]) \
                and not issubclass(obj, type):
            return sigcls([])
        raise _no_signature(obj)

    if not isbuiltin(obj) and not ismethoddescriptor(obj) and \
            not ismethodwrapper(obj):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            sig = recurse(call)
            if skip_bound_arg:
                return _signature_bound_method(sig)
            return sig

    raise _no_signature(obj)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """A Signature object for the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def getcallargs(func, /, *positional, **named):
    """Map call arguments to parameter names, filling in defaults; the
    bound self of a method counts as the first positional argument."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r"
                            % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        raise TypeError('%s() takes %d positional argument%s but %d %s given'
                        % (f_name, num_args, '' if num_args == 1 else 's',
                           num_pos, 'was' if num_pos == 1 else 'were'))
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                raise TypeError('%s() missing required argument: %r'
                                % (f_name, arg))
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                raise TypeError('%s() missing required keyword-only '
                                'argument: %r' % (f_name, kwarg))
    return arg2value
