"""ProcessPoolExecutor on threads.

krait has no multiprocessing; work submitted here runs on a thread pool.
Argument/result pickling is not simulated, so only the process isolation
(and parallel speed-up) differs from CPython.
"""

import os

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker died."""


class ProcessPoolExecutor(ThreadPoolExecutor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor',
                                    initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return ThreadPoolExecutor.map(self, fn, *iterables, timeout=timeout)
