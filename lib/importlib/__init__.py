"""importlib for krait: a thin Python layer over the C import system.

import_module resolves relative names itself (the same rules as the
`from . import x` statement) and then defers to __import__, returning the
leaf module from sys.modules.  reload re-executes the module's source file
in its existing namespace, so objects holding references to the module see
the new definitions.  Built-in C modules have no source: reloading them is
a no-op returning the module, as in CPython for builtins.
"""
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for ch in name:
            if ch != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """The krait finder keeps no directory caches; nothing to do."""
    return None


def reload(module):
    try:
        name = module.__name__
    except AttributeError:
        raise TypeError('reload() argument must be a module')
    if type(module) is not type(sys):
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = module.__dict__.get('__file__')
    if path is None:
        return module
    with open(path, 'rb') as f:
        source = f.read()
    code = compile(source, path, 'exec')
    exec(code, module.__dict__)
    # the module body may have replaced itself in sys.modules
    return sys.modules[name]


# CPython's site machinery leaves importlib.util loaded, so programs rely on
# `import importlib; importlib.util...` working
from importlib import util
