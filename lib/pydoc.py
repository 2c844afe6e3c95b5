"""pydoc -- text documentation for help().

Only the plain-text renderer that help(obj) uses when stdout is not a
terminal is provided: a title line ('Help on function f in module
__main__:'), then the object's documentation as CPython's TextDoc lays it
out -- a routine's signature and indented docstring; a class's title with
its bases, constructor signature, docstring, method resolution order and
its attributes grouped by kind ('Methods defined here:', 'Class methods
...', 'Readonly properties ...', 'Data and other attributes ...', then the
same for each base) behind ' |  ' rules; a module's name, docstring and
classes/functions/data.  There is no pager, no interactive help> prompt
and no HTML output.
"""

import builtins
import inspect
import re
import sys
from reprlib import Repr

__all__ = ['help', 'render_doc', 'plain', 'describe', 'getdoc']


def getdoc(object):
    """The object's cleaned docstring ('' if none)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return ''
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return ''
    doc = inspect.cleandoc(doc)
    return doc and re.sub('^ *\n', '', doc.rstrip()) or ''


def _inherited_doc(obj):
    # a class or method without a docstring shows the one it inherits
    if isinstance(obj, type):
        for base in obj.__mro__:
            if base is not object and isinstance(base.__doc__, str):
                return base.__doc__
        return None
    func = getattr(obj, '__func__', obj)
    name = getattr(func, '__name__', None)
    if not inspect.isfunction(func) or name is None:
        return None
    qual = getattr(func, '__qualname__', '')
    owner_name = qual.rpartition('.')[0]
    if not owner_name or '<locals>' in owner_name:
        return None
    mod = sys.modules.get(func.__module__)
    owner = mod
    for part in owner_name.split('.'):
        owner = getattr(owner, part, None)
    if not isinstance(owner, type):
        return None
    for base in owner.__mro__[1:]:
        meth = base.__dict__.get(name)
        doc = getattr(meth, '__doc__', None)
        if isinstance(doc, str):
            return doc
    return None


def classname(object, modname):
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def cram(text, maxlen):
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


_STRIP_ID = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    return _STRIP_ID.sub(r'\1', text)


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        self = getattr(fn, '__self__', None)
        return not (inspect.ismodule(self) or self is None)
    return False


_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__',
           '__date__', '__doc__', '__file__', '__spec__', '__loader__',
           '__module__', '__name__', '__package__', '__path__',
           '__qualname__', '__slots__', '__version__'}


def visiblename(name, all=None, obj=None):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def classify_class_attrs(object):
    out = []
    for name, kind, cls, value in inspect.classify_class_attrs(object):
        if inspect.isdatadescriptor(value):
            kind = 'data descriptor'
            if isinstance(value, property) and value.fset is None:
                kind = 'readonly property'
        out.append((name, kind, cls, value))
    return out


def sort_attributes(attrs, object):
    fields = getattr(object, '_fields', [])
    try:
        order = {name: i - len(fields) for i, name in enumerate(fields)}
    except TypeError:
        order = {}
    attrs.sort(key=lambda a: (order.get(a[0], 0), a[0]))


def _split(seq, pred):
    yes, no = [], []
    for x in seq:
        (yes if pred(x) else no).append(x)
    return yes, no


class TextRepr(Repr):
    """Short reprs for data values, as pydoc shows them."""

    def __init__(self):
        Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100

    def repr1(self, x, level):
        if hasattr(type(x), '__name__'):
            meth = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()),
                           None)
            if meth is not None:
                return meth(x, level)
        return cram(stripid(repr(x)), self.maxother)

    def repr_string(self, x, level):
        test = cram(x, self.maxstring)
        testrepr = repr(test)
        if '\\' in test and '\\' not in testrepr.replace(r'\\', ''):
            return 'r' + testrepr[0] + test + testrepr[0]
        return testrepr

    repr_str = repr_string

    def repr_instance(self, x, level):
        try:
            return cram(stripid(repr(x)), self.maxstring)
        except Exception:
            return '<%s instance>' % x.__class__.__name__


class TextDoc:
    """Plain-text documentation of modules, classes and routines."""

    _repr_instance = TextRepr()
    repr = _repr_instance.repr

    def bold(self, text):
        return text

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        if lines:
            lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, object, name=None, *args):
        args = (object, name) + args
        try:
            if inspect.ismodule(object):
                return self.docmodule(*args)
            if inspect.isclass(object):
                return self.docclass(*args)
            if inspect.isroutine(object):
                return self.docroutine(*args)
        except AttributeError:
            pass
        if inspect.isdatadescriptor(object):
            return self.docdata(*args)
        return self.docother(*args)

    def docroutine(self, object, name=None, mod=None, cl=None):
        realname = object.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(object):
            imclass = object.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            elif object.__self__ is not None:
                note = ' method of %s instance' % classname(
                    object.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(imclass, mod)
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and inspect.getattr_static(cl, realname, []) is object:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = None
        if inspect.isroutine(object):
            try:
                sig = inspect.signature(object)
            except (ValueError, TypeError):
                sig = None
            if sig:
                argspec = str(sig)
                if realname == '<lambda>':
                    title = self.bold(name) + ' lambda '
                    argspec = argspec[1:-1]
        if not argspec:
            argspec = '(...)'
        decl = title + argspec + note
        if skipdocs:
            return decl + '\n'
        doc = getdoc(object) or ''
        return decl + '\n' + (doc and self.indent(doc).rstrip() + '\n')

    def docdata(self, object, name=None, mod=None, cl=None):
        out = []
        if name:
            out.append(self.bold(name))
            out.append('\n')
        doc = getdoc(object) or ''
        if doc:
            out.append(self.indent(doc))
            out.append('\n')
        return ''.join(out)

    docproperty = docdata

    def docother(self, object, name=None, mod=None, parent=None, maxlen=None,
                 doc=None):
        r = self.repr(object)
        if maxlen:
            line = (name and name + ' = ' or '') + r
            chop = maxlen - len(line)
            if chop < 0:
                r = r[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + r
        if not doc:
            doc = None
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line

    def docclass(self, object, name=None, mod=None, *ignored):
        realname = object.__name__
        name = name or realname
        bases = object.__bases__

        def makename(c, m=object.__module__):
            return classname(c, m)

        if name == realname:
            title = 'class ' + self.bold(realname)
        else:
            title = self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))
        contents = []
        push = contents.append
        try:
            sig = inspect.signature(object)
        except (ValueError, TypeError):
            sig = None
        if sig:
            argspec = str(sig)
            if argspec and argspec != '()':
                push(name + argspec + '\n')
        doc = getdoc(object)
        if doc:
            push(doc + '\n')
        mro = list(inspect.getmro(object))
        if len(mro) > 2:
            push("Method resolution order:")
            for base in mro:
                push('    ' + makename(base))
            push('')
        rule = [False]

        def maybe_rule():
            if rule[0]:
                push('-' * 70)
            rule[0] = True

        def spill(msg, attrs, pred):
            ok, attrs = _split(attrs, pred)
            if ok:
                maybe_rule()
                push(msg)
                for aname, kind, homecls, value in ok:
                    try:
                        value = getattr(object, aname)
                    except Exception:
                        push(self.docdata(value, aname, mod))
                    else:
                        push(self.document(value, aname, mod, object))
            return attrs

        def spill_descriptors(msg, attrs, pred):
            ok, attrs = _split(attrs, pred)
            if ok:
                maybe_rule()
                push(msg)
                for aname, kind, homecls, value in ok:
                    push(self.docdata(value, aname, mod))
            return attrs

        def spill_data(msg, attrs, pred):
            ok, attrs = _split(attrs, pred)
            if ok:
                maybe_rule()
                push(msg)
                for aname, kind, homecls, value in ok:
                    vdoc = getdoc(value) if callable(value) or \
                        inspect.isdatadescriptor(value) else None
                    try:
                        obj = getattr(object, aname)
                    except AttributeError:
                        obj = homecls.__dict__[aname]
                    push(self.docother(obj, aname, mod, maxlen=70, doc=vdoc)
                         + '\n')
            return attrs

        attrs = [(n, k, c, v) for n, k, c, v in classify_class_attrs(object)
                 if visiblename(n, obj=object)]
        pending = list(mro)
        while attrs:
            if pending:
                thisclass = pending.pop(0)
            else:
                thisclass = attrs[0][2]
            attrs, inherited = _split(attrs, lambda t: t[2] is thisclass)
            if object is not builtins.object and thisclass is builtins.object:
                attrs = inherited
                continue
            if thisclass is object:
                tag = "defined here"
            else:
                tag = "inherited from %s" % classname(thisclass,
                                                      object.__module__)
            sort_attributes(attrs, object)
            attrs = spill("Methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'method')
            attrs = spill("Class methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'class method')
            attrs = spill("Static methods %s:\n" % tag, attrs,
                          lambda t: t[1] == 'static method')
            attrs = spill_descriptors("Readonly properties %s:\n" % tag, attrs,
                                      lambda t: t[1] == 'readonly property')
            attrs = spill_descriptors("Data descriptors %s:\n" % tag, attrs,
                                      lambda t: t[1] == 'data descriptor')
            attrs = spill_data("Data and other attributes %s:\n" % tag, attrs,
                               lambda t: t[1] == 'data')
            attrs = inherited
        text = '\n'.join(contents)
        if not text:
            return title + '\n'
        return title + '\n' + self.indent(text.rstrip(), ' |  ') + '\n'

    def docmodule(self, object, name=None, mod=None, *ignored):
        name = object.__name__
        synop, desc = _splitdoc(getdoc(object))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        if desc:
            result += self.section('DESCRIPTION', desc)
        all = getattr(object, '__all__', None)
        classes = []
        for key, value in inspect.getmembers(object, inspect.isclass):
            if (all is not None or
                    (inspect.getmodule(value) or object) is object):
                if visiblename(key, all, object):
                    classes.append((key, value))
        funcs = []
        for key, value in inspect.getmembers(object, inspect.isroutine):
            if (all is not None or inspect.isbuiltin(value) or
                    inspect.getmodule(value) is object):
                if visiblename(key, all, object):
                    funcs.append((key, value))
        data = []
        for key, value in inspect.getmembers(object, _isdata):
            if visiblename(key, all, object):
                data.append((key, value))
        if classes:
            contents = [self.document(value, key, name)
                        for key, value in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            contents = [self.document(value, key, name)
                        for key, value in funcs]
            result += self.section('FUNCTIONS', '\n'.join(contents))
        if data:
            contents = [self.docother(value, key, name, maxlen=70)
                        for key, value in data]
            result += self.section('DATA', '\n'.join(contents))
        if hasattr(object, '__file__'):
            result += self.section('FILE', object.__file__)
        return result


def _isdata(object):
    return not (inspect.ismodule(object) or inspect.isclass(object) or
                inspect.isroutine(object) or inspect.isframe(object) or
                inspect.istraceback(object) or inspect.iscode(object))


def _splitdoc(doc):
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


text = TextDoc()
plaintext = text


def plain(text):
    return re.sub('.\b', '', text)


def describe(thing):
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    parts = [p for p in path.split('.') if p]
    obj = None
    n = 0
    while n < len(parts):
        try:
            obj = __import__('.'.join(parts[:n + 1]))
            for p in parts[1:n + 1]:
                obj = getattr(obj, p)
            n += 1
        except ImportError:
            break
    if obj is None:
        obj = builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0,
               renderer=None):
    if renderer is None:
        renderer = text
    object, name = resolve(thing, forceload)
    desc = describe(object)
    module = inspect.getmodule(object)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not object:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(object) or inspect.isclass(object) or
            inspect.isroutine(object) or inspect.isdatadescriptor(object) or
            getdoc(object)):
        if hasattr(object, '__origin__'):
            object = object.__origin__
        else:
            object = type(object)
            desc += ' object'
    return title % desc + '\n\n' + renderer.document(object, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0,
        output=None):
    try:
        out = render_doc(thing, title, forceload)
    except (ImportError, ErrorDuringImport) as value:
        print(value)
        return
    (output or sys.stdout).write(plain(out))


class ErrorDuringImport(Exception):
    pass


class Helper:
    """The help() builtin."""

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) '
                'for help about object.')

    def __call__(self, *args, **kwds):
        return self.help(*args, **kwds)

    def help(self, request=None):
        if request is None:
            sys.stdout.write('\nWelcome to Python 3.11\'s help utility!\n')
            return
        doc(request, 'Help on %s:', output=sys.stdout)
        sys.stdout.write('\n')


help = Helper()
