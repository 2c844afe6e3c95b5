"""struct -- packing Python values into C structs (bytes) and back.

Format strings are parsed here, once per format (cached), into a list of
(code, count, offset, size) items with native alignment already applied,
then serialised into a compact spec that the C loops in
runtime/modules/_struct.c (pack/unpack) run for every call; those loops
also produce CPython's per-code range and type error messages.  Buffer
size and offset checks, Struct and the module functions live here.
"""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size or None)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4),
    'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8),
    'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}


def _compile(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = bytes(fmt).decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    i = 0
    n = len(fmt)
    order = '@'
    if n and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in '<' or (order in '@=')   # this runtime is x86-64
    items = []
    offset = 0
    nargs = 0
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        sizes = _SIZES.get(c)
        if sizes is None:
            raise error("bad char in struct format")
        size = sizes[0] if native else sizes[1]
        if size is None:
            raise error("bad char in struct format")
        if native and c not in 'xcbB?sp' and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
            nargs += 1
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
            nargs += count
    return order, little, items, offset, nargs, fmt


def _index(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


_struct.set_error(error)


def _spec(items):
    out = bytearray()
    for c, count, off, size in items:
        out += c.encode('ascii') + off.to_bytes(8, 'little') + size.to_bytes(8, 'little')
    return bytes(out)


class Struct:
    def __init__(self, format):
        (self._order, self._little, self._items, self.size, self._nargs,
         self.format) = _compile(format)
        self._spec = _spec(self._items)
        self._big_std = self._order in '>!'

    def _check_args(self, args, name='pack'):
        if len(args) != self._nargs:
            raise error("%s expected %d items for packing (got %d)"
                        % (name, self._nargs, len(args)))

    def pack(self, *args):
        if len(args) != self._nargs:
            self._check_args(args)
        return _struct.pack(self._spec, self._little, self._big_std, self.size, args)

    def pack_into(self, buffer, offset, *args):
        self._check_args(args, 'pack_into')
        offset = _index(offset)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = _struct.pack(self._spec, self._little,
                                                         self._big_std, self.size, args)

    def _unpack_at(self, data, base):
        return _struct.unpack(self._spec, self._little, data, base)

    @staticmethod
    def _bytes(buffer):
        if isinstance(buffer, (bytes, bytearray)):
            return buffer
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return bytes(memoryview(buffer))  # noqa: F821 (may be missing)
        except (TypeError, NameError):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__) from None

    def unpack(self, buffer):
        data = self._bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = self._bytes(buffer)
        offset = _index(offset)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, n))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = self._bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return _StructIter(self, data)


Struct.__module__ = '_struct'


class _StructIter:
    def __init__(self, s, data):
        self._s = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        r = self._s._unpack_at(self._data, self._pos)
        self._pos += self._s.size
        return r

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._s.size


_cache = {}


def _get(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    try:
        _cache[fmt] = s
    except TypeError:
        pass
    return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _get(format).size


# pack/unpack inline the cache hit and Struct.pack/unpack: three Python
# calls per struct.pack made it 3-4x slower than CPython's C module.
def pack(format, *args):
    s = _cache.get(format) if type(format) is str or type(format) is bytes else None
    if s is None:
        s = _get(format)
    if len(args) != s._nargs:
        s._check_args(args)
    return _struct.pack(s._spec, s._little, s._big_std, s.size, args)


def pack_into(format, buffer, offset, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    s = _cache.get(format) if type(format) is str or type(format) is bytes else None
    if s is None:
        s = _get(format)
    data = buffer if type(buffer) is bytes else s._bytes(buffer)
    if len(data) != s.size:
        raise error("unpack requires a buffer of %d bytes" % s.size)
    return _struct.unpack(s._spec, s._little, data, 0)


def unpack_from(format, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(format).iter_unpack(buffer)
