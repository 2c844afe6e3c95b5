"""pkgutil: utilities over the import system -- listing the modules of a
directory or package (iter_modules, walk_packages), reading data files
that live beside a package (get_data), and resolving "pkg.mod:attr" names.

krait's import system is written in C and has no path-entry finder
objects, so this module supplies its own FileFinder: one per directory,
able to list the modules found there.  get_importer hands them out (and
caches them in sys.path_importer_cache when that dict exists); modules are
listed in sorted file-name order, a directory counting as a package only
when it holds an __init__ module, which is the listing CPython produces.

get_data does not depend on a module's loader: krait modules imported by
the C importer have none, so when the spec's loader cannot read data the
file is opened directly relative to the package's __file__.
"""
import os
import sys
import importlib
import importlib.util
from collections import namedtuple

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path', 'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'

_SUFFIXES = ('.py', '.pyc', '.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so')


def _module_name(filename):
    """Module name a file name would import as, or None."""
    base = os.path.basename(filename)
    # longest suffix first, so "x.abi3.so" is not taken as "x.abi3"
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


class FileFinder:
    """Path-entry finder for one directory."""

    def __init__(self, path):
        # as in CPython, the current directory is named absolutely
        self.path = path if path and path != '.' else os.getcwd()

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def find_spec(self, fullname, target=None):
        return importlib.util._find_on_path(fullname, [self.path])

    def invalidate_caches(self):
        pass

    def iter_modules(self, prefix=''):
        if self.path is None or not os.path.isdir(self.path):
            return
        try:
            names = os.listdir(self.path)
        except OSError:
            names = []
        names.sort()
        seen = set()
        for fn in names:
            modname = _module_name(fn)
            if modname == '__init__' or modname in seen:
                continue
            full = os.path.join(self.path, fn)
            ispkg = False
            if not modname and os.path.isdir(full) and '.' not in fn:
                modname = fn
                try:
                    inner = os.listdir(full)
                except OSError:
                    inner = []
                for sub in inner:
                    if _module_name(sub) == '__init__':
                        ispkg = True
                        break
                else:
                    continue    # a plain directory, not a package
            if modname and '.' not in modname:
                seen.add(modname)
                yield prefix + modname, ispkg


def read_code(stream):
    """Read a code object from a .pyc stream; krait writes no .pyc files,
    so anything but CPython's own format yields None."""
    import marshal
    magic = stream.read(4)
    if magic != getattr(importlib.util, 'MAGIC_NUMBER', None):
        return None
    stream.read(12)
    return marshal.load(stream)


def get_importer(path_item):
    """Return the finder for a sys.path entry, or None if there is none."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', None)
    if isinstance(cache, dict):
        importer = cache.get(path_item)
        if isinstance(importer, FileFinder) or (importer is not None and
                                                 hasattr(importer, 'find_spec')):
            return importer
    if not os.path.isdir(path_item or '.'):
        return None
    importer = FileFinder(path_item)
    if isinstance(cache, dict):
        cache[path_item] = importer
    return importer


def iter_importers(fullname=""):
    """Yield the finders that could find fullname: the meta path finders
    and then the path-entry finders of its package (or sys.path)."""
    if fullname.startswith('.'):
        msg = "Relative module names not supported"
        raise ImportError(msg)
    if '.' in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from getattr(sys, 'meta_path', [])
        path = sys.path
    for item in path:
        importer = get_importer(item)
        if importer is not None:
            yield importer


def iter_importer_modules(importer, prefix=''):
    method = getattr(importer, 'iter_modules', None)
    if method is None:
        return iter(())
    return method(prefix)


def iter_modules(path=None, prefix=''):
    """Yield ModuleInfo for every submodule on path (or, if path is None,
    every top-level module on sys.path)."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to "
                         "look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = set()
    for importer in importers:
        if importer is None:
            continue
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in yielded:
                yielded.add(name)
                yield ModuleInfo(importer, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Yield ModuleInfo for all modules on path, recursively.

    Packages are imported to find their __path__; an ImportError while
    doing so calls onerror(name) if given and is otherwise ignored, any
    other exception calls onerror(name) or propagates.
    """
    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            subpath = getattr(sys.modules[info.name], '__path__', None) or []
            subpath = [p for p in subpath if not seen(p)]
            yield from walk_packages(subpath, info.name + '.', onerror)


def find_loader(fullname):
    """Return the loader of fullname, or None."""
    if fullname.startswith('.'):
        msg = "Relative module name {!r} not supported".format(fullname)
        raise ImportError(msg)
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    if spec is None:
        return None
    if spec.loader is None and spec.origin and os.path.isfile(spec.origin):
        # modules the C importer loaded have no loader object: make one
        return importlib.util.SourceFileLoader(fullname, spec.origin)
    return spec.loader


def get_loader(module_or_name):
    """Return the loader for a module or module name, or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def extend_path(path, name):
    """Extend a package's __path__ with the same-named directories of every
    entry of sys.path (or the parent package's __path__), plus the lines of
    any NAME.pkg files found there."""
    if not isinstance(path, list):
        return path
    sname_pkg = name + ".pkg"
    path = path[:]
    parent_package, _, final_name = name.rpartition('.')
    if parent_package:
        try:
            search_path = sys.modules[parent_package].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search_path = sys.path
    for d in search_path:
        if not isinstance(d, str):
            continue
        subdir = os.path.join(d, final_name)
        if os.path.isdir(subdir) and subdir not in path:
            path.append(subdir)
        pkgfile = os.path.join(d, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """Return the bytes of a resource file inside a package, e.g.
    get_data('pkg', 'templates/a.txt'); None if the package cannot say
    where it lives."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    mod = sys.modules.get(package)
    if mod is None:
        mod = importlib.import_module(package)
    if mod is None or not hasattr(mod, '__file__') or mod.__file__ is None:
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    resource_name = os.path.join(*parts)
    loader = spec.loader
    if loader is not None and hasattr(loader, 'get_data'):
        return loader.get_data(resource_name)
    with open(resource_name, 'rb') as f:
        return f.read()


def _is_dotted_identifier(s):
    return bool(s) and all(p.isidentifier() for p in s.split('.'))


def resolve_name(name):
    """Resolve 'pkg.mod', 'pkg.mod:obj.attr' or 'pkg.mod.obj' to an object.

    With a colon the part before it is imported and the part after it is
    looked up attribute by attribute.  Without one, the longest importable
    prefix is imported and the rest looked up as attributes.
    """
    pkg, colon, obj = name.partition(':')
    if not _is_dotted_identifier(pkg) or (obj and not _is_dotted_identifier(obj)):
        raise ValueError(f'invalid format: {name!r}')
    if colon:
        mod = importlib.import_module(pkg)
        parts = obj.split('.') if obj else []
    else:
        parts = pkg.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
