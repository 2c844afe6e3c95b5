"""profile: the pure-Python profiler, driven by sys.setprofile.

Each profile event (call, return, c_call, c_return, c_exception) reads the
timer, charges the time since the previous event to the function on top
of the profiler's own stack, and reads the timer again after its own
bookkeeping, so the profiler's overhead is (mostly) not charged to the
program.  `bias` is subtracted from every interval to remove the rest.

The stack is a chain of tuples, innermost first:

    cur = (parent_time, inline_time, external_time, func_key, frame, outer)

parent_time is the interval that elapsed in the caller just before this
call (credited back to the caller when the call returns), inline_time the
time spent in the function itself, external_time the cumulative time of
the calls it made.  The bottom of the chain is a fake call named
"profiler", and run()/runcall() push another fake call named after the
command, so the printed table has the rows profile:0(profiler) and
profile:0(<command>) like CPython's.

timings[func_key] = (primitive calls, active recursion depth, inline
time, cumulative time, {caller key: call count}).  A call's cumulative
time is added only when no other activation of the function is still on
the stack.  Builtins are keyed ("", 0, name).
"""

import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """The run()/runctx() front end shared by profile and cProfile."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Profile statement (as exec runs it) and print the report sorted
    by `sort`, or save the statistics to `filename` when one is given."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() with the given global and local namespaces."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profiler class.

    Profile(timer=None, bias=None): timer returns the current time as a
    number (or a tuple of numbers that are summed); the default is
    time.process_time.
    """

    bias = 0

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = self.timer()
            try:
                n = len(sample)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                self.dispatcher = (self.trace_dispatch if n == 2
                                   else self.trace_dispatch_l)

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # ---- the profile hooks: one per timer shape --------------------------

    def trace_dispatch(self, frame, event, arg):
        # timer() returns a pair (user, system)
        t = self.timer()
        t = t[0] + t[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            t = self.timer()
            self.t = t[0] + t[1]
        else:
            r = self.timer()
            self.t = r[0] + r[1] - t

    def trace_dispatch_i(self, frame, event, arg):
        # timer() returns a number
        t = self.timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = self.timer()
        else:
            self.t = self.timer() - t

    def trace_dispatch_mac(self, frame, event, arg):
        # timer() returns a number of 1/60 s ticks
        t = self.timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = self.timer() / 60.0
        else:
            self.t = self.timer() / 60.0 - t

    def trace_dispatch_l(self, frame, event, arg):
        # timer() returns a sequence to be summed
        get_time = self.get_time
        t = get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = get_time()
        else:
            self.t = get_time() - t

    # ---- events ------------------------------------------------------------

    def trace_dispatch_exception(self, frame, t):
        pt, it, et, fn, cur_frame, outer = self.cur
        if cur_frame is not frame and outer:
            return self.trace_dispatch_return(cur_frame, t)
        self.cur = pt, it + t, et, fn, cur_frame, outer
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # A frame we never saw return (e.g. left by an exception
            # before profiling began): close it first.
            cur_frame = self.cur[-2]
            if not isinstance(cur_frame, Profile.fake_frame):
                assert cur_frame.f_back is frame.f_back, (
                    "Bad call", self.cur[-3], cur_frame, cur_frame.f_back,
                    frame, frame.f_back)
                self.trace_dispatch_return(cur_frame, 0)
                assert self.cur is None or frame.f_back is self.cur[-2], (
                    "Bad call", self.cur[-3])
        code = frame.f_code
        self._push((code.co_filename, code.co_firstlineno, code.co_name), frame, t)
        return 1

    def trace_dispatch_c_call(self, frame, t):
        self._push(("", 0, self.c_func_name), frame, t)
        return 1

    def _push(self, fn, frame, t):
        self.cur = (t, 0, 0, fn, frame, self.cur)
        row = self.timings.get(fn)
        if row is None:
            self.timings[fn] = 0, 0, 0, 0, {}
        else:
            cc, depth, tt, ct, callers = row
            self.timings[fn] = cc, depth + 1, tt, ct, callers

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)

        pt, it, et, fn, frame, outer = self.cur
        it = it + t
        total = it + et
        ppt, pit, pet, pfn, pframe, pouter = outer
        self.cur = ppt, pit + pt, pet + total, pfn, pframe, pouter

        cc, depth, tt, ct, callers = self.timings[fn]
        if not depth:
            # the outermost activation: recursion is timed once
            ct = ct + total
            cc = cc + 1
        callers[pfn] = callers.get(pfn, 0) + 1
        self.timings[fn] = cc, depth - 1, tt + it, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,
        "c_return": trace_dispatch_return,
    }

    # ---- fake frames for the command and the profiler itself -------------

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        code = self.fake_code('profile', 0, name)
        parent = self.cur[-2] if self.cur else None
        frame = self.fake_frame(code, parent)
        self.dispatch['call'](self, frame, 0)

    def simulate_cmd_complete(self):
        t = self.get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = self.get_time() - t

    # ---- results -----------------------------------------------------------

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, depth, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[func] = cc, sum(callers.values()), tt, ct, callers

    # ---- running -------------------------------------------------------------

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    # ---- calibration -----------------------------------------------------

    def calibrate(self, m, verbose=0):
        """Estimate the per-event overhead (a value for `bias`)."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)        # warm up
        t0 = get_time()
        f(m)
        t1 = get_time()
        elapsed_noprofile = t1 - t0
        if verbose:
            print("elapsed time without profiling =", elapsed_noprofile)

        p = Profile()
        t0 = get_time()
        p.runctx('f(m)', globals(), locals())
        t1 = get_time()
        elapsed_profile = t1 - t0
        if verbose:
            print("elapsed time with profiling =", elapsed_profile)

        total_calls = 0.0
        reported_time = 0.0
        for (filename, line, funcname), (cc, ns, tt, ct, callers) in p.timings.items():
            if funcname in ("f", "f1"):
                total_calls += cc
                reported_time += tt
        if verbose:
            print("'CPU seconds' profiler reported =", reported_time)
            print("total # calls =", total_calls)
        if total_calls != m + 1:
            raise ValueError("internal error: total calls = %d" % total_calls)

        # Each profiled call costs two events; the excess reported time
        # spread over them is the bias.
        mean = (reported_time - elapsed_noprofile) / 2.0 / total_calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean


def main():
    import os
    import pstats
    usage = "profile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    argv = sys.argv[1:]
    if not argv:
        print("Usage: " + usage)
        print()
        sys.exit(2)
    import cProfile
    outfile, sort, module, args = cProfile._parse(
        argv, sorted(pstats.Stats.sort_arg_dict_default))
    sys.argv[:] = args
    if outfile is not None:
        outfile = os.path.abspath(outfile)
    if not args:
        print("Usage: " + usage)
        print()
        return
    if module:
        code = "run_module(modname, run_name='__main__')"
        globs = {'run_module': cProfile._run_module_func(), 'modname': args[0]}
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with open(progname, 'rb') as fp:
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
