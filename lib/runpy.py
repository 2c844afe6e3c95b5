"""runpy: locate a module (or a script path) and execute it in a fresh
namespace, the machinery behind `python -m` style tools.

run_module(name) finds the module with importlib.util.find_spec (a package
runs its `__main__` submodule instead), compiles its source and executes the
code in a new dict pre-filled with init_globals and then with the standard
module attributes (__name__, __file__, __cached__, __doc__, __loader__,
__package__, __spec__).  The dict is returned.

With alter_sys=True (and always for run_path of a directory) the code runs
inside a temporary module registered in sys.modules under the run name, and
sys.argv[0] names the file; both are restored afterwards and a copy of the
module's namespace is returned, because the temporary module is dropped.

krait modules imported by the C import system carry no loader, so code is
obtained by compiling the spec's origin file rather than asking the loader
for a code object; a spec without a source file (built-in modules) gives
"No code object available", the same outcome CPython reports.
"""
import sys
import os
import importlib.util
import importlib.machinery

__all__ = ["run_module", "run_path"]

_NOTHING = object()


class _TempModule:
    """Registers a throwaway module under a name for the duration of a
    with-block and puts back whatever was there before."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved = _NOTHING

    def __enter__(self):
        self._saved = sys.modules.get(self.mod_name, _NOTHING)
        sys.modules[self.mod_name] = self.module
        return self

    def __exit__(self, *exc):
        if self._saved is _NOTHING:
            sys.modules.pop(self.mod_name, None)
        else:
            sys.modules[self.mod_name] = self._saved
        self._saved = _NOTHING


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved = _NOTHING

    def __enter__(self):
        if self._saved is not _NOTHING:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *exc):
        self.value = self._saved
        sys.argv[0] = self._saved
        self._saved = _NOTHING


def _run_code(code, run_globals, init_globals=None, mod_name=None,
              mod_spec=None, pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached,
                       __doc__=None, __loader__=loader, __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp, _ModifiedArgv0(fname):
        mod_globals = temp.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec,
                  pkg_name, script_name)
    # the temporary module may be torn down: hand back a copy
    return mod_globals.copy()


def _code_of_spec(mod_name, spec):
    loader = spec.loader
    get_code = getattr(loader, 'get_code', None)
    if get_code is not None:
        code = get_code(mod_name)
        if code is not None:
            return code
    origin = spec.origin
    if not origin or origin in ('built-in', 'frozen') or not os.path.isfile(origin):
        raise ImportError("No code object available for %s" % mod_name)
    with open(origin, 'rb') as f:
        source = f.read()
    return compile(source, origin, 'exec')


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            # a missing parent is reported below by find_spec; anything
            # else the parent raised is the caller's problem
            if e.name is None or (e.name != pkg_name and
                                  not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = ("{mod_name!r} found in sys.modules after import of "
                   "package {pkg_name!r}, but prior to execution of "
                   "{mod_name!r}; this may result in unpredictable "
                   "behaviour".format(mod_name=mod_name, pkg_name=pkg_name))
            warn(RuntimeWarning(msg))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (". Try using '{}' instead of '{}' as the module name."
                    .format(mod_name[:-3], mod_name))
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            pkg_main_name = mod_name + ".__main__"
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    if spec.loader is None and spec.origin is None:
        raise error("%r is a namespace package and cannot be executed"
                    % mod_name)
    try:
        code = _code_of_spec(mod_name, spec)
    except ImportError as e:
        raise error(format(e)) from e
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it.

    mod_name -- an absolute module name or package name.
    init_globals -- dictionary used to pre-populate the module's globals.
    run_name -- __name__ for the executed code (default: mod_name, or the
        __main__ submodule's name for a package).
    alter_sys -- if True, sys.argv[0] and sys.modules[run_name] point at
        the running code while it runs.

    Returns the resulting module globals dictionary.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" %
                        (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(run_name, fname):
    decoded = os.fsdecode(fname)
    with open(decoded, 'rb') as f:
        source = f.read()
    return compile(source, decoded, 'exec')


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the given filesystem location.

    path_name -- a Python script, or a directory holding a __main__.py.
    init_globals -- dictionary used to pre-populate the module's globals.
    run_name -- __name__ for the executed code (default '<run_path>').

    Returns the resulting module globals dictionary.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fsdecode(path_name)
    if not os.path.isdir(path_name):
        code = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name,
                                pkg_name=pkg_name, script_name=path_name)
    # a directory: put it first on sys.path and run its __main__ module
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            mod_globals = temp.module.__dict__
            return _run_code(code, mod_globals, init_globals, run_name,
                             mod_spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
