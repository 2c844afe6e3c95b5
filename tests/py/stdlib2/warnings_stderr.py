# Warnings go to stderr in CPython's format (compared through .err).
import os
import sys
import warnings
from enum import Enum


class _Relative:
    # keep the expected stderr independent of where the tests live
    def write(self, s):
        return sys.__stderr__.write(s.replace(os.path.dirname(__file__) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = _Relative()


class Color(Enum):
    RED = 1


try:
    1 in Color
except TypeError as e:
    print("TypeError", e)
warnings.warn("to stderr")
warnings.warn("runtime", RuntimeWarning, stacklevel=1)


def deprecated():
    warnings.warn("call is deprecated", DeprecationWarning, stacklevel=2)


deprecated()
deprecated()
warnings.warn("pending", PendingDeprecationWarning)
print("end")
