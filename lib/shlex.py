"""shlex -- POSIX shell-like splitting, quoting and joining.

split() is a direct state machine for POSIX mode with whitespace
splitting (what shlex.split does): single quotes are literal, inside
double quotes a backslash escapes only \\ and ", outside
quotes it escapes any character; '#' starts a comment at a token
boundary when comments is true.
"""
import re

__all__ = ["split", "quote", "join"]


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        return _split_nonposix(s, comments)
    tokens = []
    tok = []
    have = False
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if have:
                tokens.append(''.join(tok))
                tok = []
                have = False
            i += 1
        elif c == '#' and comments:
            if have:
                tokens.append(''.join(tok))
                tok = []
                have = False
            j = s.find('\n', i)
            i = n if j < 0 else j + 1
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            tok.append(s[i + 1:j])
            have = True
            i = j + 1
        elif c == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\':
                    if i + 1 >= n:
                        raise ValueError("No escaped character")
                    nxt = s[i + 1]
                    if nxt in '\\"':
                        tok.append(nxt)
                    else:
                        tok.append(c + nxt)
                    i += 2
                    continue
                tok.append(c)
                i += 1
            have = True
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            tok.append(s[i + 1])
            have = True
            i += 2
        else:
            tok.append(c)
            have = True
            i += 1
    if have:
        tokens.append(''.join(tok))
    return tokens


def _split_nonposix(s, comments):
    tokens = []
    tok = ''
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            if tok:
                tokens.append(tok)
                tok = ''
            i += 1
        elif c == '#' and comments:
            if tok:
                tokens.append(tok)
                tok = ''
            j = s.find('\n', i)
            i = n if j < 0 else j + 1
        elif c in '\'"':
            j = s.find(c, i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            tok += s[i:j + 1]
            i = j + 1
        else:
            tok += c
            i += 1
    if tok:
        tokens.append(tok)
    return tokens


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


class shlex:
    """A lexical analyzer for shell-like syntax (the documented shlex
    class, without source-file inclusion or punctuation_chars).

    Tokens are words (wordchars), quoted strings, or single other
    characters; in POSIX mode quotes are removed and adjacent quoted and
    unquoted parts join into one word, and whitespace_split makes every
    whitespace-separated run a token.  get_token() returns eof ('' or
    None in POSIX mode) at the end of input."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        import io
        if isinstance(instream, str):
            instream = io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            import sys
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.source = None
        self.punctuation_chars = ''

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        quoted = False
        escapedstate = ' '
        while True:
            nextchar = self.instream.read(1)
            if nextchar == '\n':
                self.lineno += 1
            if self.state is None:
                self.token = ''
                break
            elif self.state == ' ':
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = 'a'
                elif nextchar in self.quotes:
                    if not self.posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = 'a'
                else:
                    self.token = nextchar
                    if self.token or (self.posix and quoted):
                        break
                    continue
            elif self.state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == self.state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = ' '
                        break
                    else:
                        self.state = 'a'
                elif (self.posix and nextchar in self.escape and
                      self.state in self.escapedquotes):
                    escapedstate = self.state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif self.state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                if (escapedstate in self.quotes and
                        nextchar != self.state and nextchar != escapedstate):
                    self.token += self.state
                self.token += nextchar
                self.state = escapedstate
            elif self.state == 'a':
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                        continue
                elif self.posix and nextchar in self.quotes:
                    self.state = nextchar
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif nextchar in self.wordchars or nextchar in self.quotes or self.whitespace_split:
                    self.token += nextchar
                else:
                    self.pushback.insert(0, nextchar)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token
