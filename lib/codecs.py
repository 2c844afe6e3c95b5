"""codecs -- codec registry and helpers, built on str.encode/bytes.decode.

krait's str and bytes implement the common codecs natively; this module
gives them the codecs-module face (lookup/CodecInfo, encode/decode, the
BOM constants, incremental coders, open) and adds the two escape codecs,
unicode_escape and raw_unicode_escape, in Python.  Incremental decoders
keep an undecoded tail when a multi-byte sequence is cut at a chunk edge.
"""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "encode", "decode", "CodecInfo",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE",
           "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "strict_errors", "ignore_errors", "replace_errors",
           "backslashreplace_errors", "register_error", "lookup_error",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "iterencode", "iterdecode",
           "IncrementalEncoder", "IncrementalDecoder", "Codec"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
import sys as _sys
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


# ---- escape codecs ----

def _escape(s, raw):
    out = []
    for ch in s:
        o = ord(ch)
        if raw:
            if o >= 0x10000:
                out.append('\\U%08x' % o)
            elif o >= 0x100:
                out.append('\\u%04x' % o)
            else:
                out.append(ch)
            continue
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or 0x7f <= o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x7f:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1')


_SIMPLE = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
           'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _unescape(data, errors, raw):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    s = data.decode('latin-1')
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n:
            if raw:
                out.append('\\')
                i += 1
                continue
            if errors == 'strict':
                raise UnicodeDecodeError(name, data, i, n, '\\ at end of string')
            if errors == 'replace':
                out.append('\ufffd')
            i = n
            continue
        c = s[i + 1]
        if raw and c not in 'uU':
            out.append('\\')
            i += 1
            continue
        if not raw and c in _SIMPLE:
            out.append(_SIMPLE[c])
            i += 2
            continue
        if not raw and c in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8)))
            i = j
            continue
        if c in 'xuU' and (c != 'x' or not raw):
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = s[i + 2:i + 2 + width]
            ok = len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits)
            if ok and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            if ok:
                msg = 'illegal Unicode character'
                end = i + 2 + width
            else:
                msg = 'truncated %s escape' % {'x': '\\xXX', 'u': '\\uXXXX', 'U': '\\UXXXXXXXX'}[c]
                end = i + 2
                while end < n and end < i + 2 + width and s[end] in '0123456789abcdefABCDEF':
                    end += 1
            if errors == 'strict':
                raise UnicodeDecodeError(name, data, i, end, msg)
            if errors == 'replace':
                out.append('\ufffd')
            i = end
            continue
        out.append('\\' + c)
        i += 2
    return ''.join(out), len(data)


def _ue_encode(input, errors='strict'):
    return _escape(input, False), len(input)


def _ue_decode(input, errors='strict'):
    return _unescape(input, errors, False)


def _rue_encode(input, errors='strict'):
    return _escape(input, True), len(input)


def _rue_decode(input, errors='strict'):
    return _unescape(input, errors, True)


# ---- registry ----

_ALIASES = {
    'utf8': 'utf-8', 'utf': 'utf-8', 'u8': 'utf-8', 'utf_8': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1',
    'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1',
    '8859': 'iso8859-1', 'cp819': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
}

_search_functions = []
_cache = {}


def _normalize(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').replace('_', ' ').split())


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin_info(name):
    if name == 'unicode-escape':
        return CodecInfo(_ue_encode, _ue_decode, name=name)
    if name == 'raw-unicode-escape':
        return CodecInfo(_rue_encode, _rue_decode, name=name)
    enc = name

    def encode(input, errors='strict'):
        return input.encode(enc, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(enc, errors), len(input)

    return CodecInfo(encode, decode, name=name,
                     incrementalencoder=_make_incenc(enc),
                     incrementaldecoder=_make_incdec(enc))


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for f in _search_functions:
        r = f(key)
        if r is not None:
            _cache[key] = r
            return r
    name = _ALIASES.get(key)
    if name is None:
        try:
            'a'.encode(encoding)
        except LookupError:
            raise LookupError("unknown encoding: %s" % encoding) from None
        name = key.replace('_', '-')
    info = _builtin_info(name)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    enc = lookup(encoding).incrementalencoder
    if enc is None:
        raise LookupError(encoding)
    return enc


def getincrementaldecoder(encoding):
    dec = lookup(encoding).incrementaldecoder
    if dec is None:
        raise LookupError(encoding)
    return dec


def _make_incenc(enc):
    class _Enc(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            out = input.encode(enc, self.errors)
            # a BOM only at the very start of the stream
            if self._started:
                for bom in (BOM_UTF8, BOM_UTF32_LE, BOM_UTF32_BE, BOM_UTF16_LE, BOM_UTF16_BE):
                    if enc in ('utf-8-sig', 'utf-16', 'utf-32') and out.startswith(bom):
                        out = out[len(bom):]
                        break
            elif input:
                self._started = True
            return out

        def reset(self):
            self._started = False
    return _Enc


def _make_incdec(enc):
    class _Dec(IncrementalDecoder):
        def __init__(self, errors='strict'):
            IncrementalDecoder.__init__(self, errors)
            self.buffer = b""
            self._started = False

        def decode(self, input, final=False):
            data = self.buffer + bytes(input)
            if not self._started and enc in ('utf-16', 'utf-32', 'utf-8-sig') \
                    and len(data) < 4 and not final:
                self.buffer = data
                return ""
            e = enc
            if self._started and enc in ('utf-16', 'utf-32'):
                e = enc + ('-le' if _sys.byteorder == 'little' else '-be')
                if self._bom_be:
                    e = enc + '-be'
            try:
                text = data.decode(e, self.errors)
                keep = b""
            except UnicodeDecodeError as exc:
                if final or exc.end < len(data) - 0 and 'end of data' not in exc.reason \
                        and 'truncated' not in exc.reason:
                    raise
                keep = data[exc.start:]
                text = data[:exc.start].decode(e, self.errors)
            if not self._started and data:
                self._bom_be = data.startswith(BOM_UTF16_BE) or data.startswith(BOM_UTF32_BE)
                self._started = True
            self.buffer = keep
            return text

        def reset(self):
            self.buffer = b""
            self._started = False

        def getstate(self):
            return (self.buffer, 0)
    return _Dec


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    mode = mode.replace('b', '').replace('t', '')
    return _builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)


# ---- error handlers ----

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (_escape(s, False).decode('latin-1'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        b = exc.object[exc.start:exc.end]
        return (''.join('\\x%02x' % c for c in b), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
