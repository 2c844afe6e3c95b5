"""tomllib -- parse TOML 1.0 documents (read-only, as in CPython 3.11).

loads(str) / load(binary file) return nested dicts.  The parser is a
hand-written scanner over the whole document (CRLF normalised to LF) with
a position index; every error is a TOMLDecodeError whose message ends in
'(at line L, column C)' or '(at end of document)', worded as CPython's.

Redefinition rules are tracked with two kinds of marks on key paths:
"declared" (a [table] or [[array]] header, or -- once the next header is
reached -- a table implied by dotted keys) and "frozen" (an inline table
or array value: nothing below it may change).  Frozen marks cover the
whole subtree; declared marks only their own path.  A new [[array]]
element clears the marks below its path.
"""

import string as _string
from datetime import date, datetime, time, timedelta, timezone
import re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CTRL = frozenset(chr(i) for i in range(32)) | {chr(127)}
_BAD_BASIC = _CTRL - {"\t"}
_BAD_MULTI = _CTRL - {"\t", "\n"}
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset(_string.ascii_letters + _string.digits + "-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset(_string.hexdigits)
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_RE_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_RE_LOCALTIME = re.compile(_TIME)
_RE_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

_FROZEN = 0
_DECLARED = 1


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    if parse_float is not float:
        user = parse_float

        def parse_float(text):
            v = user(text)
            if isinstance(v, (dict, list)):
                raise ValueError("parse_float must not return dicts or lists")
            return v
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


class _Marks:
    """Declared/frozen marks on key paths (tuples)."""

    def __init__(self):
        self.exact = {}         # path -> set of marks on that path only
        self.subtree = {}       # path -> set of marks covering the subtree
        self.pending = set()

    def add(self, key, mark, subtree):
        (self.subtree if subtree else self.exact).setdefault(key, set()).add(mark)

    def has(self, key, mark):
        if not key:
            return False
        for i in range(1, len(key) + 1):
            if mark in self.subtree.get(key[:i], ()):
                return True
        return mark in self.exact.get(key, ())

    def clear_below(self, key):
        n = len(key)
        for table in (self.exact, self.subtree):
            for k in [k for k in table if k[:n] == key]:
                del table[k]

    def flush_pending(self):
        for key, mark in self.pending:
            self.add(key, mark, False)
        self.pending.clear()


class _Parser:

    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    # ---- helpers ----

    def error(self, pos, msg):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def skip_to(self, pos, expect, bad, eof_error):
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if eof_error:
                raise self.error(end, "Expected %r" % expect)
        for i in range(pos, end):
            if src[i] in bad:
                raise self.error(i, "Found invalid character %r" % src[i])
        return end

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.skip_to(pos + 1, "\n", _BAD_BASIC, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _WS_NL))
            if pos == before:
                return pos

    # ---- document structure ----

    def document(self):
        src = self.src
        root = {}
        marks = _Marks()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_line(pos, root, marks, header)
                pos = self.skip(pos, _WS)
            elif c == "[":
                marks.flush_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_header(pos, root, marks)
                else:
                    pos, header = self.table_header(pos, root, marks)
                pos = self.skip(pos, _WS)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.error(pos, "Expected newline or end of document "
                                      "after a statement")
            pos += 1
        return root

    @staticmethod
    def nest(root, key, through_lists=True):
        cont = root
        for k in key:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if through_lists and isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise KeyError(k)
        return cont

    def table_header(self, pos, root, marks):
        pos = self.skip(pos + 1, _WS)
        pos, key = self.key(pos)
        if marks.has(key, _DECLARED) or marks.has(key, _FROZEN):
            raise self.error(pos, "Cannot declare %s twice" % (key,))
        marks.add(key, _DECLARED, False)
        try:
            self.nest(root, key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_header(self, pos, root, marks):
        pos = self.skip(pos + 2, _WS)
        pos, key = self.key(pos)
        if marks.has(key, _FROZEN):
            raise self.error(pos, "Cannot mutate immutable namespace %s" % (key,))
        marks.clear_below(key)
        marks.add(key, _DECLARED, False)
        try:
            cont = self.nest(root, key[:-1])
            last = key[-1]
            if last in cont:
                if not isinstance(cont[last], list):
                    raise KeyError(last)
                cont[last].append({})
            else:
                cont[last] = [{}]
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_line(self, pos, root, marks, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        for i in range(1, len(key)):
            implied = header + key[:i]
            if marks.has(implied, _DECLARED):
                raise self.error(pos, "Cannot redefine namespace %s" % (implied,))
            marks.pending.add((implied, _DECLARED))
        if marks.has(header + parent, _FROZEN):
            raise self.error(pos, "Cannot mutate immutable namespace %s"
                             % (header + parent,))
        try:
            cont = self.nest(root, header + parent)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if stem in cont:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.add(header + key, _FROZEN, True)
        cont[stem] = value
        return pos

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.value(pos)
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.char(pos) == ".":
            pos = self.skip(pos + 1, _WS)
            pos, part = self.key_part(pos)
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE:
            end = self.skip(pos, _BARE)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, False)
        raise self.error(pos, "Invalid initial character for a key part")

    # ---- values ----

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, False)
            return self.basic_string(pos + 1, False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, True)
            return self.literal_string(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        m = _RE_DATETIME.match(src, pos)
        if m:
            try:
                value = self.datetime_value(m)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _RE_LOCALTIME.match(src, pos)
        if m:
            h, mi, s, frac = m.groups()
            return m.end(), time(int(h), int(mi), int(s),
                                 int(frac.ljust(6, "0")) if frac else 0)
        m = _RE_NUMBER.match(src, pos)
        if m:
            if m.group("floatpart"):
                return m.end(), self.parse_float(m.group())
            return m.end(), int(m.group(), 0)
        if src[pos:pos + 3] in ("inf", "nan"):
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, "Invalid value")

    @staticmethod
    def datetime_value(m):
        (y, mo, d, h, mi, s, frac, zulu, sign, oh, om) = m.groups()
        if h is None:
            return date(int(y), int(mo), int(d))
        micros = int(frac.ljust(6, "0")) if frac else 0
        if sign:
            k = 1 if sign == "+" else -1
            tz = timezone(timedelta(hours=k * int(oh), minutes=k * int(om)))
        elif zulu:
            tz = timezone.utc
        else:
            tz = None
        return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                        micros, tzinfo=tz)

    def array(self, pos):
        out = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, out
        while True:
            pos, v = self.value(pos)
            out.append(v)
            pos = self.skip_array_space(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, out
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, out

    def inline_table(self, pos):
        table = {}
        marks = _Marks()
        pos = self.skip(pos + 1, _WS)
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if marks.has(key, _FROZEN):
                raise self.error(pos, "Cannot mutate immutable namespace %s" % (key,))
            try:
                cont = self.nest(table, parent, through_lists=False)
            except KeyError:
                raise self.error(pos, "Cannot overwrite a value") from None
            if stem in cont:
                raise self.error(pos, "Duplicate inline table key %r" % stem)
            cont[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.add(key, _FROZEN, True)
            pos = self.skip(pos + 1, _WS)

    # ---- strings ----

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_to(start, "'", _BAD_BASIC, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.skip_to(pos, "'''", _BAD_MULTI, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, True)
        # up to two quotes right before the closing delimiter belong to it
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        src = self.src
        bad = _BAD_MULTI if multiline else _BAD_BASIC
        parts = []
        start = pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.error(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    return pos + 1, "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    return pos + 3, "".join(parts)
                pos += 1
                continue
            if c == "\\":
                parts.append(src[start:pos])
                pos, text = self.escape(pos, multiline)
                parts.append(text)
                start = pos
                continue
            if c in bad:
                raise self.error(pos, "Illegal character %r" % c)
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        esc = src[pos:pos + 2]
        pos += 2
        if multiline and esc in ("\\ ", "\\\t", "\\\n"):
            # line-ending backslash: drop whitespace up to the next content
            if esc != "\\\n":
                pos = self.skip(pos, _WS)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if esc == "\\u":
            return self.hex_char(pos, 4)
        if esc == "\\U":
            return self.hex_char(pos, 8)
        if esc in _ESCAPES:
            return pos, _ESCAPES[esc]
        raise self.error(pos, "Unescaped '\\' in a string")

    def hex_char(self, pos, width):
        digits = self.src[pos:pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += width
        cp = int(digits, 16)
        if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(cp)
