"""linecache -- read source lines of files, with a cache.

The cache maps a file name to (size, mtime, lines, fullname).  Entries whose
file changed on disk are dropped by checkcache(); getline() never raises and
returns '' for anything it cannot read.  Lines always end with a newline (one
is added to a last line that lacks it), as the traceback printers expect.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, or '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of `filename` as a list (empty when unreadable)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed size or mtime (or vanished)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue            # not backed by a file
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def lazycache(filename, module_globals):
    """Lazy loading through module loaders is not supported: always False."""
    return False


def _read(fullname):
    with open(fullname, 'r', encoding='utf-8', errors='replace') as fp:
        return fp.readlines()


def updatecache(filename, module_globals=None):
    """(Re)read `filename` into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        if not os.path.isabs(filename):
            for dirname in sys.path:
                try:
                    cand = os.path.join(dirname or '.', filename)
                    st = os.stat(cand)
                except (OSError, TypeError, ValueError):
                    continue
                fullname = cand
                break
        if st is None:
            return []
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines
