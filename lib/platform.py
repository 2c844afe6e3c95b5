"""platform: identifies the machine and the interpreter.

System facts come from posix.uname().  The interpreter identity follows
sys.implementation (name 'krait'): python_implementation() returns 'Krait'
in the capitalised style of 'CPython'/'PyPy', and the version data come
from sys.version / sys.version_info, which krait keeps at 3.11.7.
libc_ver() reads the glibc release string out of the libc mapped into this
process (found via /proc/self/maps), since confstr is unavailable.
"""
import sys
import os
import collections

__all__ = ['system', 'machine', 'node', 'release', 'version', 'processor',
           'uname', 'platform', 'python_version', 'python_version_tuple',
           'python_implementation', 'python_compiler', 'python_build',
           'architecture', 'libc_ver']


class uname_result(collections.namedtuple(
        'uname_result', 'system node release version machine')):
    # as in CPython 3.11: processor is a lazily computed sixth item that
    # iteration, indexing and len() include but repr() does not
    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release,
                                    u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython on Linux reports '' unless `uname -p` is informative
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    size = 64 if sys.maxsize > 2 ** 32 else 32
    return (bits or '%dbit' % size, linkage or 'ELF')


def python_version():
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'krait': 'Krait'}.get(
        name, name.capitalize())


def _version_parts():
    # sys.version: '3.11.7 (tag, date time) [compiler]'
    v = sys.version
    lp, rp = v.find('('), v.find(')')
    build = v[lp + 1:rp] if lp >= 0 and rp > lp else ''
    lb, rb = v.find('['), v.rfind(']')
    compiler = v[lb + 1:rb] if lb >= 0 and rb > lb else ''
    parts = [p.strip() for p in build.split(',', 1)]
    while len(parts) < 2:
        parts.append('')
    return parts[0], parts[1], compiler


def python_build():
    tag, date, _ = _version_parts()
    return (tag, date)


def python_compiler():
    return _version_parts()[2]


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    path = None
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                p = line.split()[-1]
                if '/libc.so' in p or '/libc-' in p:
                    path = p
                    break
    except OSError:
        pass
    if path is None:
        return (lib, version)
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return (lib, version)
    key = b'release version '
    i = data.find(key)
    if i < 0:
        return (lib, version)
    j = i + len(key)
    k = j
    while k < len(data) and (data[k:k + 1].isdigit() or data[k:k + 1] == b'.'):
        k += 1
    v = data[j:k].rstrip(b'.').decode('ascii')
    return ('glibc', v) if v else (lib, version)


def platform(aliased=False, terse=False):
    u = uname()
    # as in CPython, the Linux form (with the libc) ignores terse
    if terse and u.system != 'Linux':
        parts = [u.system, u.release]
    else:
        parts = [u.system, u.release, u.machine]
        if u.system == 'Linux':
            lib, ver = libc_ver()
            if lib:
                parts += ['with', lib + ver]
    s = '-'.join(p for p in parts if p)
    for a, b in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'),
                 ('"', '-'), ('(', '-'), (')', '-')):
        s = s.replace(a, b)
    while '--' in s:
        s = s.replace('--', '-')
    return s
