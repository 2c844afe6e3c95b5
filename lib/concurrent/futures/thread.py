"""ThreadPoolExecutor: a pool of worker threads fed from one queue.

Workers are started lazily, one per submit() until max_workers exist and
only while no worker is idle.  A None on the queue tells a worker to exit;
shutdown() puts one per worker, optionally cancelling queued work first.
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed."""


class ThreadPoolExecutor(_base.Executor):

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                self._set_broken('A thread initializer failed, the thread pool '
                                 'is not usable anymore')
                return
        while True:
            item = self._work_queue.get(block=True)
            if item is None:
                self._work_queue.put(None)
                return
            item.run()
            del item
            if self._shutdown:
                self._work_queue.put(None)
                return
            self._idle.release()

    def _set_broken(self, msg):
        with self._shutdown_lock:
            self._broken = msg
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(msg))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
