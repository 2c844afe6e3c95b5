"""tokenize -- a Python tokenizer written in Python.

generate_tokens(readline) turns str lines into TokenInfo tuples (type,
string, start, end, line); tokenize(readline) does the same for bytes
lines after detect_encoding(), starting with an ENCODING token.

The scanner is line-driven, with the state a line-oriented tokenizer
needs: the stack of indentation columns, the bracket depth (inside
brackets newlines are NL, not NEWLINE, and indentation is not measured),
a pending backslash continuation, and a string still open from an
earlier line (triple-quoted, or single-quoted ending in a backslash).
Inside a line one regular expression, tried at each position, matches
optional whitespace and then the next token: a continuation, comment,
opening of a triple-quoted string, number, operator or newline,
single-line string, or name.  Token values, positions and line texts
follow CPython 3.11's tokenize module, including the implicit NEWLINE
added when the source does not end with one and the DEDENTs and
ENDMARKER at the end.
"""

import re
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup
from collections import namedtuple
from io import TextIOWrapper

import token
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the lexical grammar ---------------------------------------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


def _string_prefixes():
    # every capitalisation of every ordering of the legal prefixes
    out = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = {base, base[::-1]}
        for o in orders:
            for mask in range(1 << len(o)):
                out.add(''.join(c.upper() if mask >> k & 1 else c
                                for k, c in enumerate(o)))
    return out


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

_DIGITS = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + ')?',
                   r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)

StringPrefix = group(*_string_prefixes())

# the rest of a string after its opening quote(s)
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# a single-quoted string that is closed, or continued with a backslash
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" +
                group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' +
                group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

endpats = {}
for _prefix in _string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
del _prefix

single_quoted = set()
triple_quoted = set()
for _t in _string_prefixes():
    for _u in (_t + '"', _t + "'"):
        single_quoted.add(_u)
    for _u in (_t + '"""', _t + "'''"):
        triple_quoted.add(_u)
del _t, _u

tabsize = 8

_compiled = {}


def _compile(expr):
    r = _compiled.get(expr)
    if r is None:
        r = _compiled[expr] = re.compile(expr, re.UNICODE)
    return r


# ---- encodings -------------------------------------------------------------

def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The source encoding (from a BOM or PEP 263 cookie, default
    'utf-8') and the (at most two) lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    encoding = None
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        m = cookie_re.match(line_string)
        if not m:
            return None
        enc = _get_normal_name(m.group(1))
        try:
            lookup(enc)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + enc
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, enc)
            raise SyntaxError(msg)
        if bom_found:
            if enc != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            enc += '-sig'
        return enc

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file as text in its declared encoding."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---- the tokenizer ---------------------------------------------------------

def tokenize(readline):
    """Tokenize bytes lines from readline; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        while pending:
            yield pending.pop(0)
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line

    it = lines()

    def text_readline():
        for line in it:
            return line.decode(encoding)
        return ''

    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokenize(text_readline)


def generate_tokens(readline):
    """Tokenize str lines from readline."""
    return _tokenize(readline)


def _tokenize(readline):
    lnum = depth = 0
    continued = False
    numchars = '0123456789'
    contstr = ''
    needcont = False
    contline = None
    strstart = None
    endprog = None
    indents = [0]
    line = ''
    pseudo = _compile(PseudoToken)

    while True:
        last_line = line
        try:
            line = readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            line = line.decode('utf-8')
        lnum += 1
        pos, end_of_line = 0, len(line)

        if contstr:
            # inside a string opened on an earlier line
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            m = endprog.match(line)
            if m:
                pos = end = m.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart,
                                (lnum, end), contline + line)
                contstr, needcont = '', False
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart,
                                (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif depth == 0 and not continued:
            # a new logical line: measure its indentation
            if not line:
                break
            column = 0
            while pos < end_of_line:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':
                # comment-only or blank line: no INDENT/DEDENT
                if line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, text, (lnum, pos),
                                    (lnum, pos + len(text)), line)
                    pos += len(text)
                yield TokenInfo(NL, line[pos:], (lnum, pos),
                                (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos),
                                line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # a physical line continuing a logical one
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < end_of_line:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos),
                                (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            tok, initial = line[start:end], line[start]
            if initial in numchars or (initial == '.' and tok not in ('.', '...')):
                yield TokenInfo(NUMBER, tok, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, tok, spos, epos,
                                line)
            elif initial == '#':
                yield TokenInfo(COMMENT, tok, spos, epos, line)
            elif tok in triple_quoted:
                endprog = _compile(endpats[tok])
                em = endprog.match(line, pos)
                if em:
                    pos = em.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos),
                                    line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif (initial in single_quoted or tok[:2] in single_quoted or
                  tok[:3] in single_quoted):
                if tok[-1] == '\n':
                    # single-quoted string continued by a backslash
                    strstart = (lnum, start)
                    endprog = _compile(endpats.get(initial) or
                                       endpats.get(tok[1]) or
                                       endpats.get(tok[2]))
                    contstr, needcont = line[start:], True
                    contline = line
                    break
                yield TokenInfo(STRING, tok, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, tok, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    depth += 1
                elif initial in ')]}':
                    depth -= 1
                yield TokenInfo(OP, tok, spos, epos, line)

    if last_line and last_line[-1] not in '\r\n' and \
            not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)),
                        (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


# ---- untokenize ------------------------------------------------------------

class Untokenizer:

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or row == self.prev_row and col < self.prev_col:
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        rows = row - self.prev_row
        if rows:
            self.tokens.append("\\\n" * rows)
            self.prev_col = 0
        cols = col - self.prev_col
        if cols:
            self.tokens.append(" " * cols)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        startline = False
        for t in it:
            if len(t) == 2:
                self.compat(t, it)
                break
            tok_type, tok, start, end, line = t
            if tok_type == ENCODING:
                self.encoding = tok
                continue
            if tok_type == ENDMARKER:
                break
            if tok_type == INDENT:
                indents.append(tok)
                continue
            if tok_type == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if tok_type in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                startline = False
            self.add_whitespace(start)
            self.tokens.append(tok)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        toks_append = self.tokens.append
        startline = token[0] in (NEWLINE, NL)
        prevstring = False
        for tok in _chain((token,), iterable):
            toknum, tokval = tok[:2]
            if toknum == ENCODING:
                self.encoding = tokval
                continue
            if toknum in (NAME, NUMBER):
                tokval += ' '
            if toknum == STRING:
                if prevstring:
                    tokval = ' ' + tokval
                prevstring = True
            else:
                prevstring = False
            if toknum == INDENT:
                indents.append(tokval)
                continue
            elif toknum == DEDENT:
                indents.pop()
                continue
            elif toknum in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                toks_append(indents[-1])
                startline = False
            toks_append(tokval)


def _chain(*iters):
    for it in iters:
        yield from it


def untokenize(iterable):
    """Source text from tokens (bytes if an ENCODING token was seen)."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out
