"""shlex -- POSIX shell-like splitting, quoting and joining.

split() is a direct state machine for POSIX mode with whitespace
splitting (what shlex.split does): single quotes are literal, inside
double quotes a backslash escapes only \\ " $ ` and newline, outside
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
                    if nxt in '\\"$`\n':
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
