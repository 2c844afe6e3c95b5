"""pathlib for krait (POSIX flavour only), written from the documented
behaviour of CPython 3.11.

A pure path is stored as (root, parts): root is '', '/' or '//' (POSIX keeps
exactly two leading slashes), parts are the components after it with empty
and '.' components dropped ('..' is kept: it is not resolvable without the
file system).  str() is root + '/'.join(parts), or '.' for the empty
relative path.  Equality, hashing and ordering use (root, parts).  Concrete
Path methods delegate to os/io; glob uses a small private wildcard matcher
(*, ?, [seq], [!seq]) since matching is per component."""

import io
import os
import stat as _stat

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _wild_match(name, pat):
    # iterative wildcard match with backtracking on the last '*'
    n, m = len(name), len(pat)
    i = j = 0
    star_j = -1
    star_i = 0
    while i < n:
        if j < m:
            c = pat[j]
            if c == '*':
                star_j = j
                star_i = i
                j += 1
                continue
            if c == '?':
                i += 1
                j += 1
                continue
            if c == '[':
                ok, nj = _match_class(name[i], pat, j)
                if nj < 0:
                    # unterminated '[': a literal bracket
                    if name[i] == '[':
                        i += 1
                        j += 1
                        continue
                elif ok:
                    i += 1
                    j = nj
                    continue
            elif c == name[i]:
                i += 1
                j += 1
                continue
        if star_j >= 0:
            star_i += 1
            i = star_i
            j = star_j + 1
            continue
        return False
    while j < m and pat[j] == '*':
        j += 1
    return j == m


def _match_class(ch, pat, j):
    # pat[j] == '['; returns (matched, index after ']') or (False, -1)
    k = j + 1
    negate = False
    if k < len(pat) and pat[k] == '!':
        negate = True
        k += 1
    start = k
    matched = False
    while k < len(pat):
        c = pat[k]
        if c == ']' and k > start:
            return (matched != negate), k + 1
        if k + 2 < len(pat) and pat[k + 1] == '-' and pat[k + 2] != ']':
            if c <= ch <= pat[k + 2]:
                matched = True
            k += 3
            continue
        if c == ch:
            matched = True
        k += 1
    return False, -1


def _is_wild(part):
    return '*' in part or '?' in part or '[' in part


def _parse(args):
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError(
                    "argument should be a str object or an os.PathLike "
                    "object returning str, not %r" % type(a))
            s = a
        if not s:
            continue
        if s.startswith('/'):
            if s.startswith('//') and not s.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for p in s.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts


class _Parents(object):
    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    drive = property(lambda self: '')

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return tuple([self._root] + self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and not suffix.startswith('.') \
                or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = self._from(root, parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is "
                             "absolute.".format(str(self), str(formatted)))
        return self._from('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return self.__class__(self, *args)

    def __truediv__(self, key):
        try:
            return self.__class__(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.__class__(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        proot, pparts = _parse([path_pattern])
        if not proot and not pparts:
            raise ValueError("empty pattern")
        parts = self._parts
        if proot:
            if self._root != proot or len(parts) != len(pparts):
                return False
        elif len(pparts) > len(parts):
            return False
        for name, pat in zip(reversed(parts), reversed(pparts)):
            if not _wild_match(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


os.PathLike.register(PurePath) if hasattr(os.PathLike, 'register') else None


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = PurePath.__new__(cls, *args)
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.__class__(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(str(self))
        return self.__class__(os.path.realpath(str(self)))

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(str(self))
        return os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def _mode_is(self, test, follow=True):
        try:
            st = os.stat(str(self)) if follow else os.lstat(str(self))
        except (OSError, ValueError):
            return False
        return test(st.st_mode)

    def is_dir(self):
        return self._mode_is(_stat.S_ISDIR)

    def is_file(self):
        return self._mode_is(_stat.S_ISREG)

    def is_symlink(self):
        return self._mode_is(_stat.S_ISLNK, False)

    def is_mount(self):
        return False

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._root, self._parts + [name])

    def _child(self, name):
        return self._from(self._root, self._parts + [name])

    def glob(self, pattern):
        proot, pparts = _parse([pattern])
        if not pparts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if proot:
            raise NotImplementedError("Non-relative patterns are unsupported")
        seen = set()
        for p in self._glob(self, pparts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        proot, pparts = _parse([pattern])
        if proot:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self.glob('/'.join(['**'] + pparts))

    def _listdir(self, path):
        try:
            return sorted(os.listdir(str(path)))
        except OSError:
            return []

    def _glob(self, base, pparts):
        if not pparts:
            yield base
            return
        head, rest = pparts[0], pparts[1:]
        if head == '**':
            for d in self._walk_dirs(base):
                yield from self._glob(d, rest)
        elif head == '..':
            yield from self._glob(base._child('..'), rest)
        elif _is_wild(head):
            for name in self._listdir(base):
                if _wild_match(name, head):
                    child = base._child(name)
                    if rest and not child.is_dir():
                        continue
                    yield from self._glob(child, rest)
        else:
            child = base._child(head)
            if rest:
                if child.is_dir():
                    yield from self._glob(child, rest)
            elif child.exists() or child.is_symlink():
                yield child

    def _walk_dirs(self, base):
        yield base
        for name in self._listdir(base):
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def open(self, mode='r', buffering=-1, encoding=None, errors=None,
             newline=None):
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        # memoryview is the documented check; krait may not have it yet
        try:
            data = memoryview(data)
        except NameError:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("memoryview: a bytes-like object is "
                                "required, not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors,
                       newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(str(self), None)
            return
        fd = os.open(str(self), os.O_CREAT | os.O_WRONLY, mode)
        os.close(fd)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return self.__class__(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return self.__class__(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            return self.__class__(os.path.expanduser(str(self)))
        return self

    def readlink(self):
        return self.__class__(os.readlink(str(self)))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(str(target), str(self))


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
