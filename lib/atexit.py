"""atexit -- functions run when the interpreter exits normally.

CPython keeps the callbacks in its C runtime; here they live in a plain
list and the runtime's main (runtime/main.c) calls _run_exitfuncs() once
the __main__ code has finished (after threading's shutdown, as CPython
orders them), including after an uncaught exception or sys.exit().
Callbacks run last-registered first; an exception in one is reported like
CPython's unraisable hook ("Exception ignored in atexit callback: ...")
and the remaining callbacks still run.
"""

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func to be called at exit with args and kwargs; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func (compared with ==)."""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                import traceback
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                tb = exc.__traceback__
                tb = tb.tb_next if tb is not None else None   # hide this frame
                traceback.print_exception(type(exc), exc, tb, chain=False,
                                          file=sys.stderr)
            except BaseException:
                pass
