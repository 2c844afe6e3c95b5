"""The names CPython's C accelerator for pickle provides.

krait's pickle is written in Python (lib/pickle.py); its public classes and
functions say they come from _pickle, as CPython's do, so this module
re-exports them for anything that looks them up here.
"""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, dump, dumps, load, loads)

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
           'Unpickler', 'dump', 'dumps', 'load', 'loads']
