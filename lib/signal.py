"""signal: set handlers for asynchronous events.

The kernel-side work is in the C module _signal.  This layer keeps the
Python-visible handler table (what getsignal returns), wraps numbers in the
Signals/Handlers IntEnums as CPython does, and maps default_int_handler to
krait's built-in SIGINT handling (KeyboardInterrupt at the eval breaker).
Python callables are run when the signal is delivered synchronously
(raise_signal) and at the eval breaker once lifecycle.c calls
kr_signal_run_pending(); see _signal.c.
"""
import _signal
from _signal import alarm, pause, strsignal, NSIG
from enum import IntEnum as _IntEnum

_names = [n for n in dir(_signal)
          if n.startswith('SIG') and not n.startswith('SIG_') or n in ('SIGRTMIN', 'SIGRTMAX')]
_seen = {}
_members = {}
for _n in sorted(_names, key=lambda n: (getattr(_signal, n), n in ('SIGIOT', 'SIGPOLL'), n)):
    _members[_n] = getattr(_signal, _n)
Signals = _IntEnum('Signals', _members)
Handlers = _IntEnum('Handlers', {'SIG_DFL': 0, 'SIG_IGN': 1})
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': _signal.SIG_BLOCK,
                                 'SIG_UNBLOCK': _signal.SIG_UNBLOCK,
                                 'SIG_SETMASK': _signal.SIG_SETMASK})
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
ITIMER_REAL = _signal.ITIMER_REAL
ITIMER_VIRTUAL = _signal.ITIMER_VIRTUAL
ITIMER_PROF = _signal.ITIMER_PROF
del _n, _names, _seen, _members


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


_handlers = {}


def _check_main():
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')


def _enum(signalnum):
    try:
        return Signals(signalnum)
    except ValueError:
        return signalnum


def getsignal(signalnum, /):
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if signalnum in _handlers:
        return _handlers[signalnum]
    how = _signal._get(signalnum)
    if how == 0:
        return Handlers.SIG_DFL
    if how == 1:
        return Handlers.SIG_IGN
    if signalnum == SIGINT:
        return default_int_handler
    return None


def signal(signalnum, handler, /):
    _check_main()
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if handler is SIG_IGN or (type(handler) is int and handler == 1):
        how, fn = 1, None
    elif handler is SIG_DFL or (type(handler) is int and handler == 0):
        how, fn = 0, None
    elif handler is default_int_handler and signalnum == SIGINT:
        how, fn = 2, None
    elif callable(handler):
        how, fn = 3, handler
    else:
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, '
                        'or a callable object')
    old = getsignal(signalnum)
    if how == 3:
        _signal._set(signalnum, how, fn)
    else:
        _signal._set(signalnum, how)
    if how in (0, 1):
        _handlers[signalnum] = Handlers(how)
    else:
        _handlers[signalnum] = handler
    return old


def raise_signal(signalnum, /):
    _signal.raise_signal(signalnum)
    _signal._run_pending()


def valid_signals():
    return {_enum(s) for s in range(1, NSIG)
            if s not in (32, 33)}
