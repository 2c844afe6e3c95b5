"""json.decoder -- JSONDecoder and JSONDecodeError.

A hand-written recursive-descent scanner over the str (no regex), with
CPython's error messages and positions.  Numbers are scanned with JSON's
grammar -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? and handed to
parse_int/parse_float; NaN/Infinity/-Infinity go to parse_constant.
Object keys are memoised so repeated keys share one str.  When the C
module _json is available, raw_decode() and scanstring() run its scanner,
which mirrors this code exactly.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4:
        ok = True
        for c in esc:
            if c not in _HEX:
                ok = False
                break
        if ok:
            return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the string starting after the quote at end-1; (str, end)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # fast scan to the next quote, backslash or control character
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or c < ' ':
                break
            i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            chunks.append(s[end:i])
        c = s[i]
        end = i + 1
        if c == '"':
            break
        if c != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, i)
            chunks.append(c)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                try:
                    uni2 = _decode_uXXXX(s, end + 1)
                except JSONDecodeError:
                    uni2 = -1
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            ch = chr(uni)
        chunks.append(ch)
    return ''.join(chunks), end


py_scanstring = scanstring

try:
    import _json as c_json
except ImportError:
    c_json = None

if c_json is not None:
    def scanstring(s, end, strict=True):
        return c_json.scanstring(s, end, strict, JSONDecodeError)


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if c_json is not None:
            try:
                return c_json.scan(
                    s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                    None if self.parse_float is float else self.parse_float,
                    None if self.parse_int is int else self.parse_int,
                    None if self.parse_constant == _CONSTANTS.__getitem__
                    else self.parse_constant,
                    self.memo, JSONDecodeError)
            finally:
                self.memo.clear()
        try:
            obj, end = self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        self.memo.clear()
        return obj, end

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, idx):
        # raises StopIteration(idx) when no value starts at idx
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == '-' or c in _DIGITS:
            r = self._number(s, idx)
            if r is not None:
                return r
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def _number(self, s, idx):
        n = len(s)
        i = idx
        if s[i] == '-':
            i += 1
        if i >= n:
            return None
        if s[i] == '0':
            i += 1
        elif s[i] in '123456789':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, end):
        pairs = []
        memo = self.memo
        end = self._skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            end = self._skip(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self._skip(s, end + 1)
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def _array(self, s, end):
        values = []
        end = self._skip(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = self._skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self._skip(s, end)
        return values, end
