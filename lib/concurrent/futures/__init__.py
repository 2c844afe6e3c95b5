"""concurrent.futures -- run callables asynchronously with executors.

The Future and the waiting helpers live in _base; ThreadPoolExecutor in
thread.  krait has no multiprocessing, so ProcessPoolExecutor (in process)
runs its work on threads: results, ordering and exceptions are the same as
with processes for the pure functions such programs submit.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
    'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait',
    'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor',
)
