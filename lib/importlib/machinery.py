"""Minimal importlib.machinery: suffix constants and ModuleSpec."""
from importlib.util import ModuleSpec

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


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()
