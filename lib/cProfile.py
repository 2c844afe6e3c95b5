"""cProfile: the deterministic profiler, on top of the C module _lsprof.

_lsprof.Profiler does the measuring: enable() installs a C-level profile
hook in the interpreter, getstats() returns one profiler_entry per
function (code object, or a label string for builtins) with its callers'
sub-entries.  This module turns those entries into the pstats layout:

    stats[(filename, lineno, funcname)] =
        (primitive calls, total calls, inline time, cumulative time,
         {caller key: (calls, primitive calls, inline time, cum. time)})

Builtins get the key ('~', 0, label); '~' sorts after every file name.

Profile.__exit__ must start on line 118 as in CPython's cProfile.py: a
profiled `with` block records it, and the printed row names the line.
"""

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import io
import profile as _pyprofile


def run(statement, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    return _pyprofile._Utils(Profile).runctx(statement, globals, locals,
                                             filename, sort)


run.__doc__ = _pyprofile.run.__doc__
runctx.__doc__ = _pyprofile.runctx.__doc__


def _key(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)


label = _key
class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    A deterministic profiler.  timer is a function returning the current
    time (default: a built-in monotonic clock); a timer returning integers
    needs timeunit, the length of one unit in seconds.  subcalls and
    builtins choose whether caller/callee pairs and calls of built-in
    functions are recorded.
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        stats = {}
        by_code = {}        # id(entry.code) -> that function's callers dict
        for e in entries:
            callers = {}
            by_code[id(e.code)] = callers
            stats[_key(e.code)] = (e.callcount - e.reccallcount, e.callcount,
                                   e.inlinetime, e.totaltime, callers)
        for e in entries:
            if not e.calls:
                continue
            caller = _key(e.code)
            for sub in e.calls:
                callers = by_code.get(id(sub.code))
                if callers is None:
                    continue
                row = (sub.callcount, sub.callcount - sub.reccallcount,
                       sub.inlinetime, sub.totaltime)
                old = callers.get(caller)
                if old is not None:
                    row = tuple(a + b for a, b in zip(row, old))
                callers[caller] = row
        self.stats = stats

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_USAGE = ("Usage: cProfile.py [-o output_file_path] [-s sort] "
          "[-m module | scriptfile] [arg] ...")


def _usage_error(msg):
    import sys
    sys.stderr.write(_USAGE + "\n\ncProfile.py: error: " + msg + "\n")
    sys.exit(2)


def _parse(argv, sort_choices):
    # optparse's behaviour for this command line: options stop at the
    # first positional argument (the script and its own arguments).
    outfile, sort, module = None, 2, False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--':
            i += 1
            break
        if not a.startswith('-') or a == '-':
            break
        if a in ('-h', '--help'):
            print(_USAGE)
            print()
            print("Options:")
            print("  -h, --help            show this help message and exit")
            print("  -o OUTFILE, --outfile=OUTFILE")
            print("                        Save stats to <outfile>")
            print("  -s SORT, --sort=SORT  Sort order when printing to stdout, based on pstats.Stats")
            print("                        class")
            print("  -m                    Profile a library module")
            raise SystemExit(0)
        if a == '-m':
            module = True
            i += 1
            continue
        name, value = a, None
        if a.startswith('--'):
            if '=' in a:
                name, value = a.split('=', 1)
            if name not in ('--outfile', '--sort'):
                _usage_error("no such option: " + name)
        elif a[:2] in ('-o', '-s'):
            name = a[:2]
            if len(a) > 2:
                value = a[2:]
        else:
            _usage_error("no such option: " + a[:2])
        if value is None:
            i += 1
            if i >= len(argv):
                _usage_error(name + " option requires 1 argument")
            value = argv[i]
        if name in ('-o', '--outfile'):
            outfile = value
        else:
            if value not in sort_choices:
                _usage_error("option %s: invalid choice: %r (choose from %s)" % (
                    name, value, ", ".join(repr(c) for c in sort_choices)))
            sort = value
        i += 1
    return outfile, sort, module, argv[i:]


def _run_module_func():
    try:
        import runpy
        return runpy.run_module
    except ImportError:
        return _run_module


def _run_module(modname, run_name=None):
    # runpy.run_module's core for when runpy is missing: the module's (or
    # the package's __main__'s) source runs in a fresh namespace.
    import sys
    import importlib.util
    spec = importlib.util.find_spec(modname)
    if spec is None:
        raise ImportError("No module named %s" % modname)
    origin = spec.origin
    if spec.submodule_search_locations:
        spec = importlib.util.find_spec(modname + '.__main__')
        if spec is None:
            raise ImportError("No module named %s.__main__; '%s' is a package "
                              "and cannot be directly executed" % (modname, modname))
        origin = spec.origin
    with open(origin, 'rb') as f:
        code = compile(f.read(), origin, 'exec')
    globs = {'__name__': run_name or modname, '__file__': origin,
             '__package__': modname.rpartition('.')[0], '__cached__': None,
             '__loader__': None, '__spec__': spec}
    saved = sys.argv[0]
    sys.argv[0] = origin
    try:
        exec(code, globs)
    finally:
        sys.argv[0] = saved
    return globs


def main():
    import os
    import sys
    import pstats
    if not sys.argv[1:]:
        print(_USAGE)
        print()
        sys.exit(2)
    outfile, sort, module, args = _parse(
        sys.argv[1:], sorted(pstats.Stats.sort_arg_dict_default))
    sys.argv[:] = args
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not args:
        print(_USAGE)
        print()
        return
    if module:
        code = "run_module(modname, run_name='__main__')"
        globs = {'run_module': _run_module_func(), 'modname': args[0]}
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with io.open_code(progname) as fp:
            code = compile(fp.read(), progname, 'exec')
        globs = {
            '__file__': progname,
            '__name__': '__main__',
            '__package__': None,
            '__cached__': None,
        }
    try:
        runctx(code, globs, None, outfile, sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)


if __name__ == '__main__':
    main()
