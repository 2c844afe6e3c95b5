"""binascii -- conversions between binary data and ASCII encodings.

Python over bytes/bytearray; crc32 and the inner loops of the base64
codec come from C (_hashlib).
a2b_base64 follows CPython's lenient decoder: characters outside the
alphabet are skipped, decoding stops once a quantum's padding is complete,
and a final incomplete quantum is reported as CPython reports it.
"""
import _hashlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64REV[_c] = _i
del _i, _c


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return _buffer(data)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def crc32(data, crc=0):
    return _hashlib.crc32(_buffer(data), crc)


def crc_hqx(data, crc):
    crc &= 0xffff
    for b in _buffer(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xffff
    return crc


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(s), 2):
        hi = _hexval(s[i])
        lo = _hexval(s[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def b2a_base64(data, *, newline=True):
    out = bytearray(_hashlib.b64encode(_buffer(data)))
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _ascii_data(data)
    # Fast path: alphabet characters, then exactly the padding the length
    # calls for.  The whole quanta decode in C (None if any byte there is
    # not in the alphabet); a final partial quantum goes through the
    # general decoder, which sees the same state as at a quantum boundary.
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    rest = len(body) % 4
    full = len(body) - rest
    if full and (pads, rest) in ((0, 0), (1, 3), (2, 2)) and not body[full:].translate(None, _B64):
        out = _hashlib.b64decode(body[:full])
        if out is not None:
            if rest:
                out += _a2b_base64_slow(s[full:], strict_mode)
            return out
    return _a2b_base64_slow(s, strict_mode)


def _a2b_base64_slow(s, strict_mode):
    out = bytearray()
    quad = 0
    acc = 0
    pads = 0
    padding_started = False
    ndata = 0
    if strict_mode and len(s) and s[0] == 61:
        raise Error('Leading padding not allowed')
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c == 61:
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    if quad == 2:
                        out.append((acc >> 4) & 255)
                    else:
                        out.append((acc >> 10) & 255)
                        out.append((acc >> 2) & 255)
                    return bytes(out)
            i += 1
            continue
        v = _B64REV[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            i += 1
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        ndata += 1
        acc = (acc << 6) | v
        quad += 1
        if quad == 4:
            out.append((acc >> 16) & 255)
            out.append((acc >> 8) & 255)
            out.append(acc & 255)
            quad = 0
            acc = 0
        i += 1
    if quad:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % ndata)
        raise Error('Incorrect padding')
    return bytes(out)
