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


def _find_on_path(fullname, path=None):
    leaf = fullname.rpartition('.')[2]
    if path is None:
        path = sys.path
    for entry in path:
        d = entry or '.'
        pkg = os.path.join(d, leaf)
        init = os.path.join(pkg, '__init__.py')
        if os.path.isfile(init):
            spec = ModuleSpec(fullname, None, origin=init, is_package=True)
            spec.submodule_search_locations.append(pkg)
            return spec
        f = os.path.join(d, leaf + '.py')
        if os.path.isfile(f):
            return ModuleSpec(fullname, None, origin=f)
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
    m = type(sys)(spec.name)
    m.__spec__ = spec
    if spec.origin is not None and spec.has_location:
        m.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        m.__path__ = spec.submodule_search_locations
    return m


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    s = ModuleSpec(name, loader, origin=location)
    if submodule_search_locations is not None:
        s.submodule_search_locations = list(submodule_search_locations)
    return s


def _exec_spec_module(spec, module):
    with open(spec.origin, 'rb') as f:
        code = compile(f.read(), spec.origin, 'exec')
    exec(code, module.__dict__)


MAGIC_NUMBER = b'\xa7\r\r\n'
