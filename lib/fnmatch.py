"""fnmatch -- Unix shell-style filename matching (*, ?, [seq], [!seq]).

translate() produces the same regular-expression text as CPython 3.11;
matching itself compiles a plainer equivalent (interior stars as .*),
cached per pattern.
"""
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    rx = _cache.get(pat)
    if rx is None:
        if isinstance(pat, bytes):
            text = str(pat, 'ISO-8859-1')
            rx = re.compile(bytes(_simple(text), 'ISO-8859-1'))
        else:
            rx = re.compile(_simple(pat))
        if len(_cache) > 256:
            _cache.clear()
        _cache[pat] = rx
    return rx


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat).match
    result = []
    for name in names:
        if match(os.path.normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def _pieces(pat):
    """Splits pat into regex pieces; a lone None marks a star."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not None:
                out.append(None)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
                stuff = re.sub(r'([&~|])', r'\\\1', stuff)
                i = j + 1
                if not stuff:
                    out.append('(?!)')
                elif stuff == '!':
                    out.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    out.append('[%s]' % stuff)
        else:
            out.append(re.escape(c))
    return out


def _simple(pat):
    return '(?s:' + ''.join('.*' if p is None else p for p in _pieces(pat)) + r')\Z'


def translate(pat):
    inp = _pieces(pat)
    res = []
    i, n = 0, len(inp)
    while i < n and inp[i] is not None:
        res.append(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and inp[i] is not None:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(res)
