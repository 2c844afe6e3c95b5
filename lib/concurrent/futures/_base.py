"""Future objects and the wait()/as_completed() helpers.

A Future is a small state machine (PENDING -> RUNNING -> FINISHED, or
PENDING -> CANCELLED) guarded by one Condition.  Waiters that watch many
futures at once (wait, as_completed) register a private Event-like object
on every future; whoever completes a future notifies its waiters, so
nothing polls.  Done-callbacks run in the thread that completes the
future, or immediately if it is already done, and their exceptions are
logged rather than propagated, as in CPython.
"""

import collections
import logging
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

LOGGER = logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class _Waiter:
    """Collects futures as they complete, for one wait()/as_completed()."""

    def __init__(self, mode, pending_count):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.mode = mode
        self.pending = pending_count

    def _hit(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.mode == FIRST_COMPLETED or self.pending <= 0 or
                    (self.mode == FIRST_EXCEPTION and failed)):
                self.event.set()

    def add_result(self, future):
        self._hit(future, False)

    def add_exception(self, future):
        self._hit(future, True)

    def add_cancelled(self, future):
        self._hit(future, self.mode == FIRST_EXCEPTION)


class Future:
    """The eventual result of an asynchronous call."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for cb in self._done_callbacks:
            try:
                cb(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel unless running or finished; True if now cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            return
        self._condition.wait(timeout)
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; raises
        the call's exception, CancelledError or TimeoutError."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for w in self._waiters:
                w.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for w in self._waiters:
                w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class _Registered:
    """Registers one waiter on a set of futures for a with-block."""

    def __init__(self, futures, waiter):
        self.futures = sorted(futures, key=id)
        self.waiter = waiter

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()


def _add_waiter(fs, mode):
    pending = sum(1 for f in fs if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED))
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they complete (finished ones first)."""
    end = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _Registered(fs, None):
        finished = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        pending = fs - finished
        waiter = _add_waiter(fs, FIRST_COMPLETED)
    try:
        yield from finished
        while pending:
            if end is None:
                wait_timeout = None
            else:
                wait_timeout = end - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                got = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in reversed(got):
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures',
                                               'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; returns (done, not_done) sets."""
    fs = set(fs)
    with _Registered(fs, None):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _add_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


class Executor:
    """Base class of executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) but calls run concurrently; results
        come back in order as an iterator."""
        end = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if end is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
