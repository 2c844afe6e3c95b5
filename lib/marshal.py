"""marshal: CPython's value serialisation format (version 4), in Python.

Supported values: None, bool, int, float, complex, str, bytes, bytearray
(written as bytes), tuple, list, dict, set, frozenset, StopIteration and
Ellipsis.  Code objects are not supported (krait's bytecode is its own).

Format, one object at a time: a type byte, then the payload, all
little-endian.  Bit 0x80 of the type byte (FLAG_REF) asks the reader to
remember the object in a table; TYPE_REF 'r' + int32 index refers back to
it.  CPython sets the flag on objects that may be shared; this writer
never sets it (the output is bigger but valid, and CPython reads it), the
reader honours it so it loads what CPython writes (pstats files are full
of back references to repeated file names and keys).

Indices are handed out in pre-order: an object gets its slot when its
type byte is read, before its contents, as CPython's reader does.
"""

import struct as _struct

version = 4

_FLAG_REF = 0x80


def _w_int32(out, n):
    out += _struct.pack('<i', n)


def _w_long(out, n):
    # 'l': a signed count of 15-bit digits, least significant first.
    sign = -1 if n < 0 else 1
    n = abs(n)
    digits = []
    while n:
        digits.append(n & 0x7fff)
        n >>= 15
    out += b'l'
    _w_int32(out, sign * len(digits))
    for d in digits:
        out += _struct.pack('<H', d)


def _w_str(out, s):
    if s.isascii():
        data = s.encode('ascii')
        if len(data) < 256:
            out += b'z'
            out.append(len(data))
        else:
            out += b'a'
            _w_int32(out, len(data))
    else:
        data = s.encode('utf-8', 'surrogatepass')
        out += b'u'
        _w_int32(out, len(data))
    out += data


def _w(out, v, depth):
    if depth > 2000:
        raise ValueError("object too deeply nested to marshal")
    t = type(v)
    if v is None:
        out += b'N'
    elif v is True:
        out += b'T'
    elif v is False:
        out += b'F'
    elif v is StopIteration:
        out += b'S'
    elif v is Ellipsis:
        out += b'.'
    elif t is int:
        if -2**31 <= v < 2**31:
            out += b'i'
            _w_int32(out, v)
        else:
            _w_long(out, v)
    elif t is float:
        out += b'g' + _struct.pack('<d', v)
    elif t is complex:
        out += b'y' + _struct.pack('<dd', v.real, v.imag)
    elif t is str:
        _w_str(out, v)
    elif t is bytes or t is bytearray:
        out += b's'
        _w_int32(out, len(v))
        out += bytes(v)
    elif t is tuple:
        if len(v) < 256:
            out += b')'
            out.append(len(v))
        else:
            out += b'('
            _w_int32(out, len(v))
        for item in v:
            _w(out, item, depth + 1)
    elif t is list:
        out += b'['
        _w_int32(out, len(v))
        for item in v:
            _w(out, item, depth + 1)
    elif t is dict:
        out += b'{'
        for key, value in v.items():
            _w(out, key, depth + 1)
            _w(out, value, depth + 1)
        out += b'0'
    elif t is set or t is frozenset:
        out += b'<' if t is set else b'>'
        _w_int32(out, len(v))
        for item in v:
            _w(out, item, depth + 1)
    else:
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    """Return the bytes that dump(value, file) would write."""
    out = bytearray()
    _w(out, value, 0)
    return bytes(out)


def dump(value, file, version=version, /):
    """Write value to the open binary file."""
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def int32(self):
        return _struct.unpack('<i', self.take(4))[0]

    def size(self):
        n = self.int32()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def obj(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.data[self.pos]
        self.pos += 1
        slot = None
        if code & _FLAG_REF:
            code &= ~_FLAG_REF
            slot = len(self.refs)
            self.refs.append(None)
        value = self.payload(chr(code))
        if slot is not None:
            self.refs[slot] = value
        return value

    def payload(self, c):
        if c == 'N':
            return None
        if c == 'T':
            return True
        if c == 'F':
            return False
        if c == 'S':
            return StopIteration
        if c == '.':
            return Ellipsis
        if c == 'i':
            return self.int32()
        if c == 'l':
            n = self.int32()
            value = 0
            for i in range(abs(n)):
                d = _struct.unpack('<H', self.take(2))[0]
                if d > 0x7fff:
                    raise ValueError("bad marshal data (digit out of range in long)")
                value |= d << (15 * i)
            return -value if n < 0 else value
        if c == 'g':
            return _struct.unpack('<d', self.take(8))[0]
        if c == 'f':
            n = self.take(1)[0]
            return float(self.take(n).decode('ascii'))
        if c == 'y':
            re, im = _struct.unpack('<dd', self.take(16))
            return complex(re, im)
        if c in 'zZ':
            return self.take(self.take(1)[0]).decode('latin-1')
        if c in 'aA':
            return self.take(self.size()).decode('latin-1')
        if c in 'ut':
            return self.take(self.size()).decode('utf-8', 'surrogatepass')
        if c == 's':
            return bytes(self.take(self.size()))
        if c == ')':
            n = self.take(1)[0]
            return tuple([self.obj() for _ in range(n)])
        if c == '(':
            n = self.size()
            return tuple([self.obj() for _ in range(n)])
        if c == '[':
            n = self.size()
            return [self.obj() for _ in range(n)]
        if c == '{':
            d = {}
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord('0'):
                    self.pos += 1
                    return d
                key = self.obj()
                d[key] = self.obj()
        if c in '<>':
            n = self.size()
            items = [self.obj() for _ in range(n)]
            return set(items) if c == '<' else frozenset(items)
        if c == 'r':
            n = self.int32()
            if not 0 <= n < len(self.refs) or self.refs[n] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        if c == '0':
            raise ValueError("bad marshal data (unexpected NULL object)")
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    """Read one value from a bytes-like object (extra bytes are ignored)."""
    return _Reader(bytes(data)).obj()


def load(file, /):
    """Read one value from the open binary file, leaving the file just
    after it when the file can seek."""
    start = None
    try:
        start = file.tell()
    except Exception:
        pass
    data = file.read()
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("file.read() returned not bytes but %s" % type(data).__name__)
    r = _Reader(bytes(data))
    value = r.obj()
    if start is not None:
        try:
            file.seek(start + r.pos)
        except Exception:
            pass
    return value
