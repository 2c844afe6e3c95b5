"""re -- Python regular expressions on top of PCRE2 (runtime/modules/_re.c).

Design: the C module only compiles PCRE2 patterns and runs one match at a
time, returning group offsets.  This module does everything that has to
look like CPython:

* _Parser walks the Python pattern with the same grammar and the same
  error messages/positions as CPython's sre parser, and emits an
  equivalent PCRE2 pattern.  Every literal that is not an ASCII letter or
  digit is emitted as \\x{HEX}, so no Python literal can be read as PCRE2
  syntax.  Named groups become plain numbered groups (numbering is
  identical since both count opening parentheses), and the name table is
  kept here, which sidesteps PCRE2's stricter group-name rules.  VERBOSE
  is applied by the parser itself (PCRE2's extended mode differs inside
  classes), and so are the scoped ASCII flag and \\Z -> \\z, {,n} -> {0,n},
  Python's literal '[' inside classes, etc.
* Iteration implements the 3.7+ empty-match rule: after an empty match
  the next match may not be empty at the same position, which is exactly
  PCRE2_NOTEMPTY_ATSTART on the next search.  findall/sub/split get all
  match offsets from one C call (_re.findall/_re.spans); finditer and
  scanners call _re.match per match.
* Offsets from the C side are code points for str (32-bit PCRE2), so
  Match slices the subject directly.
"""

import _re
from _operator import index as _operator_index

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class _FlagMeta(type):
    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagMeta):
    """The re flags: an int whose repr names its members."""

    _order = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE",
              "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG")
    _values = {"ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32,
               "MULTILINE": 8, "DOTALL": 16, "VERBOSE": 64, "TEMPLATE": 1,
               "DEBUG": 128}

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name in self._order:
            bit = self._values[name]
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        r = repr(self)
        return r.replace("re.", "")

    @property
    def value(self):
        return int(self)


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

for _n in RegexFlag._order:
    setattr(RegexFlag, _n, globals()[_n])
RegexFlag.NOFLAG = NOFLAG
del _n

_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}
_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128 | 1

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _lit(c):
    """PCRE2 text for one literal code point."""
    if ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9"):
        return c
    return "\\x{%x}" % ord(c)


_ASCII_CATS = {
    "d": "[0-9]", "D": "[^0-9]",
    "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]",
    "s": "[ \\t\\n\\r\\f\\x{b}]", "S": "[^ \\t\\n\\r\\f\\x{b}]",
}
# Exactly the code points for which str.isspace() is true (PCRE2's own \s
# differs by version, e.g. U+180E).
_UNI_SPACE = ("\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
              "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}")
_ASCII_B = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))"
_ASCII_NB = "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))"

_DOTTED_I = "iI\u0130\u0131"
_DOTTED_I_CPS = (0x49, 0x69, 0x130, 0x131)
_DOTTED_I_CLASS = "iI\\x{130}\\x{131}"

_SIMPLE_ESCAPES = {"a": "\x07", "f": "\x0c", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\x0b", "\\": "\\"}


_SET_OPS = {"-": "difference", "&": "intersection", "~": "symmetric difference",
            "|": "union"}


def _warn(msg, category=FutureWarning):
    """warnings.warn attributed to the first caller outside this module."""
    import sys
    import warnings
    level = 2
    try:
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename == __file__:
            f = f.f_back
            level += 1
    except (AttributeError, ValueError):
        pass
    warnings.warn(msg, category, stacklevel=level)


class _Parser:
    def __init__(self, pattern, flags, isbytes):
        self.orig = pattern
        if isbytes:
            pattern = pattern.decode("latin-1")
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.isbytes = isbytes
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.grouprefpos = {}
        self.lookbehind = None
        self.icase = bool(flags & 2)

    # -- source helpers (positions in code points of the pattern) --
    def error(self, msg, offset=0):
        return error(msg, self.orig, self.i - offset)

    def peek(self):
        if self.i < self.n:
            return self.p[self.i]
        return None

    def get(self):
        if self.i < self.n:
            c = self.p[self.i]
            self.i += 1
            return c
        return None

    def match(self, c):
        if self.i < self.n and self.p[self.i] == c:
            self.i += 1
            return True
        return False

    def getuntil(self, term, name):
        result = ""
        while True:
            c = self.get()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % term, len(result))
            if c == term:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def checkgroup(self, gid):
        return gid < self.groups and gid not in self.open

    def checklookbehindgroup(self, gid):
        if self.lookbehind is not None:
            if not self.checkgroup(gid):
                raise self.error("cannot refer to an open group")
            if gid >= self.lookbehind:
                raise self.error("cannot refer to group defined in the same lookbehind subpattern")

    # -- grammar --
    def parse(self):
        verbose = bool(self.flags & 64)
        ascii_ = bool(self.flags & 256) or self.isbytes
        out = self.parse_sub(verbose, ascii_, 0)
        if self.i < self.n:
            assert self.p[self.i] == ")"
            raise error("unbalanced parenthesis", self.orig, self.i)
        for g, pos in self.grouprefpos.items():
            if g >= self.groups:
                raise error("invalid group reference %d" % g, self.orig, pos)
        return out

    def parse_sub(self, verbose, ascii_, nested):
        items = [self.parse_seq(verbose, ascii_, nested, True)]
        while self.match("|"):
            items.append(self.parse_seq(verbose, ascii_, nested, False))
        return "|".join(items)

    def parse_seq(self, verbose, ascii_, nested, first):
        out = []
        last = None     # None, 'AT', 'REPEAT', 'ITEM'
        while True:
            c = self.peek()
            if c is None or c == "|" or c == ")":
                break
            start = self.i
            self.i += 1
            if verbose:
                if c in _WHITESPACE:
                    continue
                if c == "#":
                    while True:
                        c = self.get()
                        if c is None or c == "\n":
                            break
                    continue
            if c == "\\":
                text, kind = self.escape(ascii_)
                out.append(text)
                last = kind
            elif c == "[":
                out.append(self.parse_class(ascii_, start))
                last = "ITEM"
            elif c in "*+?{":
                here = self.i
                if c == "?":
                    lo, hi = 0, 1
                elif c == "*":
                    lo, hi = 0, _MAXREPEAT
                elif c == "+":
                    lo, hi = 1, _MAXREPEAT
                else:
                    if self.peek() == "}":
                        out.append(_lit("{"))
                        last = "ITEM"
                        continue
                    lo, hi = 0, _MAXREPEAT
                    los = his = ""
                    while self.peek() is not None and self.peek() in _DIGITS:
                        los += self.get()
                    if self.match(","):
                        while self.peek() is not None and self.peek() in _DIGITS:
                            his += self.get()
                    else:
                        his = los
                    if not self.match("}"):
                        out.append(_lit("{"))
                        last = "ITEM"
                        self.i = here
                        continue
                    if los:
                        lo = int(los)
                        if lo >= _MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                    if his:
                        hi = int(his)
                        if hi >= _MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                        if hi < lo:
                            raise self.error("min repeat greater than max repeat",
                                             self.i - here)
                if last is None or last == "AT":
                    raise self.error("nothing to repeat", self.i - here + 1)
                if last == "REPEAT":
                    raise self.error("multiple repeat", self.i - here + 1)
                if c == "{":
                    if hi == _MAXREPEAT:
                        q = "{%d,}" % lo
                    elif lo == hi:
                        q = "{%d}" % lo
                    else:
                        q = "{%d,%d}" % (lo, hi)
                else:
                    q = c
                if self.match("?"):
                    q += "?"
                elif self.match("+"):
                    q += "+"
                out.append(q)
                last = "REPEAT"
            elif c == ".":
                out.append(".")
                last = "ITEM"
            elif c == "^":
                out.append("^")
                last = "AT"
            elif c == "$":
                out.append("$")
                last = "AT"
            elif c == "(":
                r = self.parse_group(verbose, ascii_, nested, start, first and not out)
                if r is None:
                    # global flags: may switch verbose on for the rest
                    verbose = bool(self.flags & 64)
                    self.icase = bool(self.flags & 2)
                    if self.flags & 256:
                        ascii_ = True
                    continue
                out.append(r)
                last = "ITEM"
            else:
                out.append(self.lit(c))
                last = "ITEM"
        return "".join(out)

    def parse_group(self, verbose, ascii_, nested, start, first):
        capture = True
        atomic = False
        name = None
        add_flags = del_flags = 0
        if self.match("?"):
            c = self.get()
            if c is None:
                raise self.error("unexpected end of pattern")
            if c == "P":
                if self.match("<"):
                    name = self.getuntil(">", "group name")
                    if not name.isidentifier():
                        raise self.error("bad character in group name %r" % name, len(name) + 1)
                elif self.match("="):
                    name = self.getuntil(")", "group name")
                    if not name.isidentifier():
                        raise self.error("bad character in group name %r" % name, len(name) + 1)
                    gid = self.groupdict.get(name)
                    if gid is None:
                        raise self.error("unknown group name %r" % name, len(name) + 1)
                    if not self.checkgroup(gid):
                        raise self.error("cannot refer to an open group", len(name) + 1)
                    self.checklookbehindgroup(gid)
                    return "(?:\\g{%d})" % gid
                else:
                    c = self.get()
                    if c is None:
                        raise self.error("unexpected end of pattern")
                    raise self.error("unknown extension ?P" + c, len(c) + 2)
            elif c == ":":
                capture = False
            elif c == "#":
                while True:
                    if self.peek() is None:
                        raise self.error("missing ), unterminated comment", self.i - start)
                    if self.get() == ")":
                        break
                return ""
            elif c in "=!<":
                head = "(?" + c
                if c == "<":
                    c = self.get()
                    if c is None:
                        raise self.error("unexpected end of pattern")
                    if c not in "=!":
                        raise self.error("unknown extension ?<" + c, len(c) + 2)
                    head += c
                    saved = self.lookbehind
                    if saved is None:
                        self.lookbehind = self.groups
                    body = self.parse_sub(verbose, ascii_, nested + 1)
                    if saved is None:
                        self.lookbehind = None
                else:
                    body = self.parse_sub(verbose, ascii_, nested + 1)
                if not self.match(")"):
                    raise self.error("missing ), unterminated subpattern", self.i - start)
                return head + body + ")"
            elif c == "(":
                condname = self.getuntil(")", "group name")
                if condname.isidentifier():
                    condgroup = self.groupdict.get(condname)
                    if condgroup is None:
                        raise self.error("unknown group name %r" % condname, len(condname) + 1)
                else:
                    try:
                        condgroup = int(condname)
                        if condgroup < 0:
                            raise ValueError
                    except ValueError:
                        raise self.error("bad character in group name %r" % condname,
                                         len(condname) + 1) from None
                    if not condgroup:
                        raise self.error("bad group number", len(condname) + 1)
                    if condgroup >= _MAXGROUPS:
                        raise self.error("invalid group reference %d" % condgroup,
                                         len(condname) + 1)
                    if condgroup not in self.grouprefpos:
                        self.grouprefpos[condgroup] = self.i - len(condname) - 1
                self.checklookbehindgroup(condgroup)
                yes = self.parse_seq(verbose, ascii_, nested + 1, False)
                no = None
                if self.match("|"):
                    no = self.parse_seq(verbose, ascii_, nested + 1, False)
                    if self.peek() == "|":
                        raise self.error("conditional backref with more than two branches")
                if not self.match(")"):
                    raise self.error("missing ), unterminated subpattern", self.i - start)
                if condgroup >= self.groups:
                    # PCRE2 rejects a reference to a later group; Python
                    # reports it at the end with its own message.
                    return "(?:)"
                if no is None:
                    return "(?(%d)%s)" % (condgroup, yes)
                return "(?(%d)%s|%s)" % (condgroup, yes, no)
            elif c == ">":
                capture = False
                atomic = True
            elif c in _FLAGS or c == "-":
                r = self.parse_flags(c)
                if r is None:
                    if not first:
                        raise self.error("global flags not at the start of the expression",
                                         self.i - start)
                    return None
                add_flags, del_flags = r
                capture = False
            else:
                raise self.error("unknown extension ?" + c, len(c) + 1)

        if capture:
            gid = self.groups
            self.groups += 1
            if name is not None:
                ogid = self.groupdict.get(name)
                if ogid is not None:
                    raise self.error("redefinition of group name %r as group %d; "
                                     "was group %d" % (name, gid, ogid), len(name) + 1)
                self.groupdict[name] = gid
            self.open.append(gid)
        sub_verbose = (verbose or bool(add_flags & 64)) and not (del_flags & 64)
        sub_ascii = ascii_
        if add_flags & 256:
            sub_ascii = True
        elif add_flags & (32 | 4):
            sub_ascii = False
        saved_icase = self.icase
        if add_flags & 2:
            self.icase = True
        elif del_flags & 2:
            self.icase = False
        body = self.parse_sub(sub_verbose, sub_ascii, nested + 1)
        self.icase = saved_icase
        if not self.match(")"):
            raise self.error("missing ), unterminated subpattern", self.i - start)
        if capture:
            self.open.remove(gid)
            return "(" + body + ")"
        if atomic:
            return "(?>" + body + ")"
        on = "".join(ch for ch, bit in (("i", 2), ("m", 8), ("s", 16)) if add_flags & bit)
        off = "".join(ch for ch, bit in (("i", 2), ("m", 8), ("s", 16)) if del_flags & bit)
        if off:
            on += "-" + off
        return "(?" + on + ":" + body + ")"

    def parse_flags(self, c):
        add_flags = del_flags = 0
        if c != "-":
            while True:
                flag = _FLAGS[c]
                if not self.isbytes:
                    if c == "L":
                        raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
                else:
                    if c == "u":
                        raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add_flags |= flag
                if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                    raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                c = self.get()
                if c is None:
                    raise self.error("missing -, : or )")
                if c in ")-:":
                    break
                if c not in _FLAGS:
                    msg = "unknown flag" if c.isalpha() else "missing -, : or )"
                    raise self.error(msg, len(c))
        if c == ")":
            self.flags |= add_flags
            return None
        if add_flags & _GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn on global flag", 1)
        if c == "-":
            c = self.get()
            if c is None:
                raise self.error("missing flag")
            if c not in _FLAGS:
                msg = "unknown flag" if c.isalpha() else "missing flag"
                raise self.error(msg, len(c))
            while True:
                flag = _FLAGS[c]
                if flag & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                del_flags |= flag
                c = self.get()
                if c is None:
                    raise self.error("missing :")
                if c == ":":
                    break
                if c not in _FLAGS:
                    msg = "unknown flag" if c.isalpha() else "missing :"
                    raise self.error(msg, len(c))
        if del_flags & _GLOBAL_FLAGS:
            raise self.error("bad inline flags: cannot turn off global flag", 1)
        if add_flags & del_flags:
            raise self.error("bad inline flags: flag turned on and off", 1)
        return add_flags, del_flags

    def hexdigits(self, c, count, escape_start):
        s = ""
        for _ in range(count):
            d = self.peek()
            if d is None or d not in _HEXDIGITS:
                break
            s += self.get()
        if len(s) != count:
            esc = "\\" + c + s
            raise self.error("incomplete escape %s" % esc, len(esc))
        return int(s, 16)

    def common_escape(self, c):
        """Escapes that mean a single code point, or None."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            return chr(self.hexdigits("x", 2, None))
        if c in "uU" and not self.isbytes:
            v = self.hexdigits(c, 4 if c == "u" else 8, None)
            if v > 0x10FFFF:
                esc = self.p[self.i - 10:self.i]
                raise self.error("bad escape %s" % esc, len(esc))
            return chr(v)
        if c == "N" and not self.isbytes:
            start = self.i - 2
            if not self.match("{"):
                raise self.error("missing {")
            name = self.getuntil("}", "character name")
            try:
                import unicodedata
                return unicodedata.lookup(name)
            except (ImportError, KeyError):
                raise self.error("undefined character name %r" % name,
                                 len(name) + len(r"\N{}")) from None
        if c == "0":
            s = ""
            for _ in range(2):
                d = self.peek()
                if d is None or d not in _OCTDIGITS:
                    break
                s += self.get()
            return chr(int(s or "0", 8))
        return None

    def escape(self, ascii_):
        c = self.get()
        if c is None:
            raise error("bad escape (end of pattern)", self.orig, self.i - 1)
        if c == "A":
            return "\\A", "AT"
        if c == "Z":
            return "\\z", "AT"
        if c == "b":
            return (_ASCII_B if ascii_ and not self.isbytes and not (self.flags & 256) else "\\b"), "AT"
        if c == "B":
            return (_ASCII_NB if ascii_ and not self.isbytes and not (self.flags & 256) else "\\B"), "AT"
        if c in "dDwWsS":
            if ascii_:
                return _ASCII_CATS[c], "ITEM"
            if c == "s":
                # str.isspace() also counts the separators \x1c-\x1f
                return "[" + _UNI_SPACE + "]", "ITEM"
            if c == "S":
                return "[^" + _UNI_SPACE + "]", "ITEM"
            return "\\" + c, "ITEM"
        if c in _DIGITS and c != "0":
            s = c
            d = self.peek()
            if d is not None and d in _DIGITS:
                s += self.get()
                e = self.peek()
                if c in _OCTDIGITS and s[1] in _OCTDIGITS and e is not None and e in _OCTDIGITS:
                    s += self.get()
                    v = int(s, 8)
                    if v > 0o377:
                        raise self.error("octal escape value \\%s outside of range 0-0o377" % s,
                                         len(s) + 1)
                    return self.lit(chr(v)), "ITEM"
            gid = int(s)
            if gid < self.groups:
                if not self.checkgroup(gid):
                    raise self.error("cannot refer to an open group", len(s) + 1)
                self.checklookbehindgroup(gid)
                return "(?:\\g{%d})" % gid, "ITEM"
            raise self.error("invalid group reference %d" % gid, len(s))
        ch = self.common_escape(c)
        if ch is not None:
            return self.lit(ch), "ITEM"
        if c in _ASCIILETTERS:
            raise self.error("bad escape \\%s" % c, 2)
        return self.lit(c), "ITEM"

    def class_escape(self, ascii_):
        """Returns ('LIT', codepoint) or ('CAT', pcre text)."""
        c = self.get()
        if c is None:
            raise error("bad escape (end of pattern)", self.orig, self.i - 1)
        if c in "dDwWsS":
            # CPython applies only the pattern-wide ASCII flag to
            # categories inside a set (a scoped (?a:...) does not reach
            # them); pattern-wide ASCII compiles without UCP, where
            # PCRE2's own categories are ASCII already.
            if self.isbytes or self.flags & 256:
                return "CAT", "\\" + c
            if c == "s":
                return "CAT", _UNI_SPACE
            return "CAT", "\\" + c
        if c == "b":
            return "LIT", "\x08"
        if c in _OCTDIGITS:
            s = c
            for _ in range(2):
                d = self.peek()
                if d is None or d not in _OCTDIGITS:
                    break
                s += self.get()
            v = int(s, 8)
            if v > 0o377:
                raise self.error("octal escape value \\%s outside of range 0-0o377" % s,
                                 len(s) + 1)
            return "LIT", chr(v)
        if c in _DIGITS:
            raise self.error("bad escape \\%s" % c, 2)
        ch = self.common_escape(c)
        if ch is not None:
            return "LIT", ch
        if c in _ASCIILETTERS:
            raise self.error("bad escape \\%s" % c, 2)
        return "LIT", c

    def parse_class(self, ascii_, here):
        items = []
        spans = []
        if self.peek() == "[":
            _warn("Possible nested set at position %d" % self.i)
        negate = self.match("^")
        while True:
            start = self.i
            this = self.get()
            if this is None:
                raise error("unterminated character set", self.orig, here)
            if this == "]" and items:
                break
            if this == "\\":
                code1 = self.class_escape(ascii_)
            else:
                if items and this in "-&~|" and self.peek() == this:
                    _warn("Possible set %s at position %d" % (
                        _SET_OPS[this], self.i - 1))
                code1 = ("LIT", this)
            thistext = self.p[start:self.i]
            if self.match("-"):
                that_start = self.i
                that = self.get()
                if that is None:
                    raise error("unterminated character set", self.orig, here)
                if that == "]":
                    items.append(self.class_item(code1, spans))
                    items.append(_lit("-"))
                    break
                if that == "\\":
                    code2 = self.class_escape(ascii_)
                else:
                    if that == "-":
                        _warn("Possible set difference at position %d" % (self.i - 2))
                    code2 = ("LIT", that)
                thattext = self.p[that_start:self.i]
                if code1[0] != "LIT" or code2[0] != "LIT" or ord(code2[1]) < ord(code1[1]):
                    msg = "bad character range %s-%s" % (thistext, thattext)
                    raise self.error(msg, len(thistext) + 1 + len(thattext))
                items.append(_lit(code1[1]) + "-" + _lit(code2[1]))
                spans.append((ord(code1[1]), ord(code2[1])))
            else:
                items.append(self.class_item(code1, spans))
        if self.icase and not (self.isbytes or self.flags & 256):
            for lo, hi in spans:
                if any(lo <= cp <= hi for cp in _DOTTED_I_CPS):
                    items.append(_DOTTED_I_CLASS)
                    break
        body = "".join(items)
        if negate:
            return "[^" + body + "]"
        return "[" + body + "]"

    @staticmethod
    def class_item(code, spans):
        if code[0] == "LIT":
            spans.append((ord(code[1]), ord(code[1])))
            return _lit(code[1])
        return code[1]

    def lit(self, c):
        """A literal outside a class, with CPython's extra case-insensitive
        equivalence of i/I with U+0130/U+0131 (PCRE2 keeps those apart)."""
        if (self.icase and c in _DOTTED_I and not self.isbytes
                and not self.flags & 256):
            return "[" + _DOTTED_I_CLASS + "]"
        return _lit(c)


# ---------------------------------------------------------------------------
# Match and Pattern

class Match:
    __slots__ = ("_regs", "string", "re", "pos", "endpos", "_lastindex", "_subj")

    def __init__(self, pattern, string, regs, pos, endpos, subj=None):
        self.re = pattern
        self.string = string
        # groups are sliced from str/bytes even for a bytearray subject
        self._subj = string if subj is None else subj
        self._regs = regs
        self.pos = pos
        self.endpos = endpos
        self._lastindex = -1

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, str):
            gi = self.re.groupindex.get(g)
            if gi is not None:
                return gi
            raise IndexError("no such group")
        if hasattr(type(g), "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._regs[2 * i]
        if s < 0:
            return default
        return self._subj[s:self._regs[2 * i + 1]]

    # group/__getitem__ inline the plain-int case of _index and _get: they
    # are the hot calls of regex-heavy code and each Python call costs.
    def group(self, *args):
        if len(args) == 1:
            g = args[0]
            if type(g) is int and 0 <= g <= self.re.groups:
                r = self._regs
                s = r[2 * g]
                return None if s < 0 else self._subj[s:r[2 * g + 1]]
            return self._get(self._index(g))
        if not args:
            r = self._regs
            return self._subj[r[0]:r[1]]
        return tuple([self.group(a) for a in args])

    def __getitem__(self, g):
        if type(g) is int and 0 <= g <= self.re.groups:
            r = self._regs
            s = r[2 * g]
            return None if s < 0 else self._subj[s:r[2 * g + 1]]
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        if type(group) is not int or not 0 <= group <= self.re.groups:
            group = self._index(group)
        return self._regs[2 * group]

    def end(self, group=0):
        if type(group) is not int or not 0 <= group <= self.re.groups:
            group = self._index(group)
        return self._regs[2 * group + 1]

    def span(self, group=0):
        if type(group) is not int or not 0 <= group <= self.re.groups:
            group = self._index(group)
        r = self._regs
        return (r[2 * group], r[2 * group + 1])

    @property
    def regs(self):
        r = self._regs
        return tuple((r[2 * i], r[2 * i + 1]) for i in range(len(r) // 2))

    @property
    def lastindex(self):
        if self._lastindex == -1:
            best = None
            r = self._regs
            for i in range(1, len(r) // 2):
                s, e = r[2 * i], r[2 * i + 1]
                if s < 0:
                    continue
                if best is None or e > best[0] or (e == best[0] and s < best[1]):
                    best = (e, s, i)
            self._lastindex = None if best is None else best[2]
        return self._lastindex

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        return _expand_template(self.re, template)(self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = "re"


def _check_subject(pattern, string):
    if type(string) is str and not pattern._isbytes:
        return string
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, bytes):
        if not pattern._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string
    if isinstance(string, bytearray):
        if not pattern._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string)
    if type(string).__name__ == "memoryview":
        if not pattern._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


_MAXSIZE = 9223372036854775807



def _ssize(v):
    # pos/endpos as C's Py_ssize_t: an index, in range
    if type(v) is not int:
        v = _operator_index(v)
    if not -_MAXSIZE - 1 <= v <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return v

class Pattern:
    __slots__ = ("pattern", "flags", "groups", "groupindex", "_code", "_isbytes",
                 "__weakref__")

    def _run(self, string, pos, endpos, mode):
        s = _check_subject(self, string)
        if type(pos) is int and pos == 0 and endpos == _MAXSIZE and type(endpos) is int:
            r = _re.match(self._code, s, 0, len(s), mode, False)
            if r is None:
                return None
            return Match(self, string, r, 0, len(s), s)
        pos = _ssize(pos)
        endpos = _ssize(endpos)
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        r = _re.match(self._code, s, pos, endpos, mode, False)
        if r is None:
            return None
        return Match(self, string, r, pos, endpos, s)

    # match/search/fullmatch on a whole str with a str pattern skip the
    # subject check and the pos/endpos clamping (two Python calls).
    def match(self, string, pos=0, endpos=_MAXSIZE):
        if type(string) is str and endpos is _MAXSIZE and type(pos) is int \
                and not self._isbytes and -_MAXSIZE - 1 <= pos <= _MAXSIZE:
            n = len(string)
            pos = 0 if pos < 0 else n if pos > n else pos
            r = _re.match(self._code, string, pos, n, 1, False)
            return None if r is None else Match(self, string, r, pos, n, string)
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        if type(string) is str and endpos is _MAXSIZE and type(pos) is int \
                and not self._isbytes and -_MAXSIZE - 1 <= pos <= _MAXSIZE:
            n = len(string)
            pos = 0 if pos < 0 else n if pos > n else pos
            r = _re.match(self._code, string, pos, n, 0, False)
            return None if r is None else Match(self, string, r, pos, n, string)
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _iter(self, s, pos=0, endpos=_MAXSIZE):
        # s has been through _check_subject
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        code = self._code
        notempty = False
        while pos <= endpos:
            r = _re.match(code, s, pos, endpos, 0, notempty)
            if r is None:
                return
            yield r
            notempty = r[0] == r[1]
            pos = r[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s = _check_subject(self, string)
        return self._finditer(string, s, _ssize(pos), _ssize(endpos))

    def _finditer(self, string, s, pos, endpos):
        for r in self._iter(s, pos, endpos):
            yield Match(self, string, r, pos, endpos, s)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self._code, _check_subject(self, string), _ssize(pos), _ssize(endpos))

    def split(self, string, maxsplit=0):
        s = _check_subject(self, string)
        if maxsplit < 0:
            return [s]
        out = []
        last = 0
        g = self.groups
        for r in _re.spans(self._code, s, 0, len(s), maxsplit):
            out.append(s[last:r[0]])
            for i in range(1, g + 1):
                out.append(s[r[2 * i]:r[2 * i + 1]] if r[2 * i] >= 0 else None)
            last = r[1]
        out.append(s[last:])
        return out

    def subn(self, repl, string, count=0):
        s = _check_subject(self, string)
        if callable(repl):
            filt = repl
            literal = None
        else:
            if not isinstance(repl, (str, bytes, bytearray)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            repl = _check_subject(self, repl)
            if (isinstance(repl, str) and "\\" not in repl) or \
               (not isinstance(repl, str) and b"\\" not in repl):
                literal = repl
                filt = None
            else:
                filt = _expand_template(self, repl)
                literal = None
        if count < 0:
            return s[:], 0
        pieces = []
        last = 0
        n = 0
        for r in _re.spans(self._code, s, 0, len(s), count):
            if last < r[0]:
                pieces.append(s[last:r[0]])
            if filt is None:
                pieces.append(literal)
            else:
                v = filt(Match(self, string, r, 0, len(s), s))
                if v is not None:
                    if not isinstance(v, (str, bytes, bytearray)):
                        if self._isbytes:
                            raise TypeError("sequence item %d: expected a bytes-like object, "
                                            "%s found" % (len(pieces), type(v).__name__))
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (len(pieces), type(v).__name__))
                    pieces.append(v)
            last = r[1]
            n += 1
        pieces.append(s[last:])
        return s[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes:
            flags &= ~32
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return "re.compile(%s, %r)" % (p, RegexFlag(flags))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = "re"


class _Scanner:
    """Pattern.scanner(): successive match()/search() calls continue where
    the previous match ended, with the same empty-match rule as finditer."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        s = _check_subject(pattern, string)
        n = len(s)
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        self._subject = s
        self._string = string
        self._start = pos
        self._pos = pos
        self._endpos = endpos
        self._notempty = False
        self._done = False

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        r = _re.match(self.pattern._code, self._subject, self._pos, self._endpos, mode,
                      self._notempty)
        if r is None:
            self._done = True
            return None
        self._notempty = r[0] == r[1]
        self._pos = r[1]
        return Match(self.pattern, self._string, r, self._start, self._endpos,
                     self._subject)

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Scanner:
    """re.Scanner(lexicon): a simple lexer over (phrase, action) pairs."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._groups = []       # group number of each phrase's wrapper
        gid = 1
        for phrase, action in lexicon:
            sub = _compile(phrase, flags)
            parts.append("(" + phrase + ")" if isinstance(phrase, str)
                         else b"(" + phrase + b")")
            self._groups.append(gid)
            gid += 1 + sub.groups
        if lexicon and isinstance(lexicon[0][0], bytes):
            joined = b"|".join(parts)
        else:
            joined = "|".join(parts)
        self.scanner = _compile(joined, flags)

    def scan(self, string):
        result = []
        sc = self.scanner.scanner(string)
        i = 0
        while True:
            m = sc.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for k, gid in enumerate(self._groups):
                if m.start(gid) >= 0:
                    action = self.lexicon[k][1]
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _expand_template(pattern, template):
    """Parses a replacement template into a function of a Match."""
    isbytes = not isinstance(template, str)
    if isbytes:
        src = bytes(template).decode("latin-1")
    else:
        src = template
    parts = []         # str literals and int group indexes
    lit = []
    i = 0
    n = len(src)

    def err(msg, offset):
        return error(msg, template, i - offset)

    while i < n:
        c = src[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = src[i]
        i += 1
        if c == "g":
            if i >= n or src[i] != "<":
                raise err("missing <", 0)
            i += 1
            name = ""
            while True:
                if i >= n:
                    if not name:
                        raise err("missing group name", 0)
                    raise err("missing >, unterminated name", len(name))
                ch = src[i]
                i += 1
                if ch == ">":
                    if not name:
                        raise err("missing group name", 1)
                    break
                name += ch
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise err("bad character in group name %r" % name, len(name) + 1) from None
                if index >= _MAXGROUPS:
                    raise err("invalid group reference %d" % index, len(name) + 1)
            if index > pattern.groups:
                raise err("invalid group reference %d" % index, len(name) + 1)
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(index)
        elif c == "0":
            s = "0"
            for _ in range(2):
                if i < n and src[i] in _OCTDIGITS:
                    s += src[i]
                    i += 1
                else:
                    break
            lit.append(chr(int(s, 8) & 0xff))
        elif c in _DIGITS:
            s = c
            isoctal = False
            if i < n and src[i] in _DIGITS:
                s += src[i]
                i += 1
                if c in _OCTDIGITS and s[1] in _OCTDIGITS and i < n and src[i] in _OCTDIGITS:
                    s += src[i]
                    i += 1
                    isoctal = True
                    v = int(s, 8)
                    if v > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % s,
                                  len(s) + 1)
                    lit.append(chr(v))
            if not isoctal:
                index = int(s)
                if index > pattern.groups:
                    raise err("invalid group reference %d" % index, len(s))
                if lit:
                    parts.append("".join(lit))
                    lit = []
                parts.append(index)
        elif c in "abfnrtv\\":
            lit.append(_SIMPLE_ESCAPES.get(c, "\x08" if c == "b" else c))
        elif c in _ASCIILETTERS:
            raise err("bad escape \\%s" % c, 2)
        else:
            lit.append("\\" + c)
    if lit:
        parts.append("".join(lit))
    if isbytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    empty = b"" if isbytes else ""

    def expand(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                v = m.group(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return empty.join(out)
    return expand


# ---------------------------------------------------------------------------
# Compilation and the module-level API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if type(flags) is not int and isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, str):
        isbytes = False
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif isinstance(pattern, (bytes, bytearray)):
        isbytes = True
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    parser = _Parser(pattern, int(flags), isbytes)
    translated = parser.parse()
    flags = parser.flags
    if not isbytes and flags & ASCII and flags & UNICODE:
        flags &= ~UNICODE
    opts = 0
    if flags & IGNORECASE:
        opts |= _re.CASELESS
    if flags & MULTILINE:
        opts |= _re.MULTILINE
    if flags & DOTALL:
        opts |= _re.DOTALL
    if not isbytes and not flags & ASCII:
        opts |= _re.UCP
    try:
        # ASCII str patterns also match code unit = code point without
        # UTF: then PCRE2 folds case and classifies \w only within ASCII,
        # exactly Python's re.ASCII semantics.
        code = _re.compile(translated, opts, isbytes or bool(flags & ASCII))
    except ValueError as e:
        msg = str(e).rsplit("|", 1)[0]
        if "lookbehind" in msg:
            raise error("look-behind requires fixed-width pattern") from None
        raise error(msg, pattern, 0) from None
    p = Pattern.__new__(Pattern)
    p.pattern = pattern
    p.flags = int(flags)
    p.groups = parser.groups - 1
    p.groupindex = dict(parser.groupdict)
    p._code = code
    p._isbytes = isbytes
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")
