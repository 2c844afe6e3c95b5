"""Minimal importlib.machinery: suffix constants and ModuleSpec."""
from importlib.util import ModuleSpec, SourceFileLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class BuiltinImporter:
    pass


class FrozenImporter:
    pass


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import _find_on_path
        return _find_on_path(fullname, path)

    @classmethod
    def invalidate_caches(cls):
        pass
