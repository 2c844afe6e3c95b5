"""sched -- a general-purpose event scheduler.

Events live in a binary heap ordered by (time, priority, sequence); the
sequence number, taken from a counter at insertion, makes the order total
and FIFO among equal (time, priority) pairs, so actions themselves are
never compared.  Time and delay functions are pluggable, which is how
programs simulate time.  Observable details that programs can see are kept
as CPython has them: run() calls delayfunc(0) after every action, and with
blocking=False returns the delay until the next pending event.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._seq = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time; returns the
        event, which cancel() accepts."""
        ev = Event(time, priority, next(self._seq), action, argument,
                   {} if kwargs is _NO_KWARGS else kwargs)
        with self._lock:
            heapq.heappush(self._queue, ev)
        return ev

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove a pending event; ValueError if it is not queued."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events until the queue is empty (or, non-blocking, until
        the next one is not yet due: then return how long until it is)."""
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    return None
                head = q[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, soonest first."""
        with self._lock:
            pending = self._queue[:]
        return sorted(pending)
