"""struct -- packing Python values into C structs (bytes) and back.

Format strings are compiled once (cached per format) into a list of
(code, count, offset, size) items with native alignment already applied.
Integers are packed with int.to_bytes/int.from_bytes after CPython's range
checks (whose messages depend on the code and on whether the value fits a
C long, reproduced here); floats go through _struct.pack_float /
unpack_float (runtime/modules/_struct.c) for the binary16/32/64 bits.
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
_SIGNED = set('bhilqn')
_UNSIGNED = set('BHILQN')
_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


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


def _pack_int(c, v, size, little, big_std):
    v = _index(v)
    if c == 'P':
        if v < _LONG_MIN or v > _ULONG_MAX:
            raise error("int too large to convert")
        return (v & _ULONG_MAX).to_bytes(8, 'little' if little else 'big')
    signed = c in _SIGNED
    bits = size * 8
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if v < lo or v > hi:
        # CPython's big-endian standard table has its own messages.
        if size == 8:
            raise error("int too large to convert" if big_std else "argument out of range")
        if c in _NAMES and not (big_std and size == 2):
            if v < _LONG_MIN or v > _LONG_MAX:
                raise error("argument out of range")
            raise error("%s format requires %d <= number <= %d" % (_NAMES[c], lo, hi))
        if signed:
            if v < _LONG_MIN or v > _LONG_MAX:
                raise error("argument out of range")
        else:
            if v < 0 or v > _ULONG_MAX:
                raise error("argument out of range")
        raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
    return v.to_bytes(size, 'little' if little else 'big', signed=signed)


def _float_arg(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        try:
            return float(v)
        except TypeError:
            pass
    raise error("required argument is not a float")


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

    def _pack_to(self, out, base, args):
        little = self._little
        for (c, count, off, size), v in zip(self._items, args):
            off += base
            if c == 's' or c == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = bytes(v[:size])
                    out[off:off + size] = data + b'\x00' * (size - len(data))
                elif size:
                    data = bytes(v[:size - 1])
                    out[off] = min(len(data), 255)
                    out[off + 1:off + size] = data + b'\x00' * (size - 1 - len(data))
            elif c == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[off] = v[0]
            elif c == '?':
                out[off] = 1 if v else 0
            elif c in 'efd':
                out[off:off + size] = _struct.pack_float(_float_arg(v), size, little)
            else:
                out[off:off + size] = _pack_int(c, v, size, little, self._order in '>!')

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

    def _py_unpack_at(self, data, base):
        little = self._little
        order = 'little' if little else 'big'
        res = []
        for c, count, off, size in self._items:
            off += base
            chunk = data[off:off + size]
            if c == 's':
                res.append(bytes(chunk))
            elif c == 'p':
                if size == 0:
                    res.append(b'')
                else:
                    ln = min(chunk[0], size - 1)
                    res.append(bytes(chunk[1:1 + ln]))
            elif c == 'c':
                res.append(bytes(chunk))
            elif c == '?':
                res.append(chunk[0] != 0)
            elif c in 'efd':
                res.append(_struct.unpack_float(bytes(chunk), size, little))
            else:
                res.append(int.from_bytes(chunk, order, signed=c in _SIGNED))
        return tuple(res)

    @staticmethod
    def _bytes(buffer):
        if isinstance(buffer, (bytes, bytearray)):
            return buffer
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return bytes(memoryview(buffer))
        except TypeError:
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


def pack(format, *args):
    return _get(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _get(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _get(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(format).iter_unpack(buffer)
