"""Minimal importlib.util: find_spec over sys.modules, the built-in module
table (sys.builtin_module_names) and sys.path, returning a ModuleSpec with
name/origin/submodule_search_locations, or None when nothing is found.
Finding never executes a module except the parent package of a dotted name
(as CPython does, to get its __path__)."""
import sys
import os


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and origin not in ('built-in', 'frozen')

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations)


class SourceFileLoader:
    """Loads a module from a .py file: the loader object of specs found on
    sys.path or made by spec_from_file_location."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __repr__(self):
        return '<krait SourceFileLoader {!r}>'.format(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname=None):
        return __import__('os').path.basename(self.path) == '__init__.py'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_data(self.path), self.path, 'exec')
        module.__dict__.setdefault('__builtins__', __builtins__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        fullname = fullname or self.name
        m = sys.modules.get(fullname)
        if m is None:
            m = type(sys)(fullname)
            m.__file__ = self.path
            sys.modules[fullname] = m
        try:
            self.exec_module(m)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


def _find_on_path(fullname, path=None):
    leaf = fullname.rpartition('.')[2]
    if path is None:
        path = sys.path
    for entry in path:
        d = entry or '.'
        pkg = os.path.join(d, leaf)
        init = os.path.join(pkg, '__init__.py')
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, SourceFileLoader(fullname, init),
                              origin=init, is_package=True)
            spec.submodule_search_locations.append(pkg)
            return spec
        f = os.path.join(d, leaf + '.py')
        if os.path.isfile(f):
            return ModuleSpec(fullname, SourceFileLoader(fullname, f), origin=f)
    return None


def _spec_of_module(name, module):
    spec = module.__dict__.get('__spec__')
    if spec is not None:
        return spec
    f = module.__dict__.get('__file__')
    if f is None:
        return ModuleSpec(name, None, origin='built-in')
    s = ModuleSpec(name, None, origin=f, is_package='__path__' in module.__dict__)
    if s.submodule_search_locations is not None:
        s.submodule_search_locations.extend(module.__path__)
    return s


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative '
                          'module names)'.format(name))
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return '{}.{}'.format(bits[0], rest) if rest else bits[0]


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    m = sys.modules.get(fullname)
    if m is not None:
        # krait modules carry __spec__ = None; synthesise a spec instead
        return _spec_of_module(fullname, m)
    if '.' in fullname:
        parent = fullname.rpartition('.')[0]
        pmod = __import__(parent, fromlist=['__name__'])
        pmod = sys.modules[parent]
        try:
            ppath = pmod.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                "__path__ attribute not found on {!r} while trying to find {!r}"
                .format(parent, fullname), name=fullname)
        return _find_on_path(fullname, ppath)
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, None, origin='built-in')
    return _find_on_path(fullname)


def module_from_spec(spec):
    m = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        m = spec.loader.create_module(spec)
    if m is None:
        m = type(sys)(spec.name)
    m.__loader__ = spec.loader
    m.__spec__ = spec
    if spec.origin is not None and spec.has_location:
        m.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        m.__path__ = spec.submodule_search_locations
    return m


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    if location is not None and not isinstance(location, str):
        location = __import__('os').fspath(location)
    if loader is None and location is not None:
        loader = SourceFileLoader(name, location)
    s = ModuleSpec(name, loader, origin=location)
    if submodule_search_locations is not None:
        s.submodule_search_locations = list(submodule_search_locations)
    return s




MAGIC_NUMBER = b'\xa7\r\r\n'
