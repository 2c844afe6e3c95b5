"""Split URLs into components, join them, and percent-encode/-decode.

Design
------
Behaviour follows CPython 3.11's urllib.parse (RFC 3986 with the historical
quirks CPython keeps): urlsplit peels scheme, netloc, query and fragment off
by plain string searches; urlparse additionally splits ";params" off the
last path segment for schemes that use them; urljoin resolves a reference
against a base by merging paths and removing dot segments.

Every public splitter accepts str or bytes.  Bytes are decoded as ASCII on
the way in and the result re-encoded on the way out (``_coerce_args``), so
there is one implementation working on str.  The result types are
namedtuples with extra properties (username, password, hostname, port)
computed from the netloc on access; the Bytes variants share the property
code, parameterised by the separator literals of their element type.

Percent-encoding works on bytes: quote() encodes the text first and maps
each byte through a table built per ``safe`` set (cached); unquote() only
decodes the ASCII runs of its input so non-ASCII text passes through.
"""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Leading C0 controls and spaces are stripped (WHATWG); tab, CR and LF are
# removed anywhere, as browsers do.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Clear internal performance caches. Undocumented; some tests want it."""
    _byte_quoters.clear()


# str/bytes coercion ------------------------------------------------------------

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding,
                   errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding,
                 errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# Result types --------------------------------------------------------------------

class _ResultMixinStr(object):
    """Standard approach to encoding parsed results from str to bytes"""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors)
                                           for x in self))


class _ResultMixinBytes(object):
    """Standard approach to decoding parsed results from bytes to str"""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors)
                                           for x in self))


class _NetlocResultMixinBase(object):
    """Shared methods for the parsed result objects containing a netloc
    element"""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # A zone id after '%' is case sensitive; only the address is folded.
        sep = '%' if isinstance(hostname, str) else b'%'
        address, percent, zone = hostname.partition(sep)
        return address.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(
                    "Port could not be cast to integer value as %r" % (port,))
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


def _split_userinfo(netloc, at, colon):
    userinfo, have_info, _ = netloc.rpartition(at)
    if not have_info:
        return None, None
    username, have_password, password = userinfo.partition(colon)
    if not have_password:
        password = None
    return username, password


def _split_hostinfo(netloc, at, lbr, rbr, colon):
    _, _, hostinfo = netloc.rpartition(at)
    _, have_open_br, bracketed = hostinfo.partition(lbr)
    if have_open_br:
        hostname, _, port = bracketed.partition(rbr)
        _, _, port = port.partition(colon)
    else:
        hostname, _, port = hostinfo.partition(colon)
    if not port:
        port = None
    return hostname, port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', '[', ']', ':')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b'[', b']', b':')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _fix_result_transcoding():
    pairs = ((DefragResult, DefragResultBytes),
             (SplitResult, SplitResultBytes),
             (ParseResult, ParseResultBytes))
    for decoded, encoded in pairs:
        decoded._encoded_counterpart = encoded
        encoded._decoded_counterpart = decoded


_fix_result_transcoding()
del _fix_result_transcoding


# Splitting -------------------------------------------------------------------------

def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        pos = url.find(c, start)
        if pos >= 0 and pos < end:
            end = pos
    return url[start:end], url[end:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    n = netloc.replace('@', '').replace(':', '').replace('#', '') \
        .replace('?', '')
    netloc2 = unicodedata.normalize('NFKC', n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if int(p) > 255 or (len(p) > 1 and p[0] == '0'):
            return False
    return True


def _is_ipv6(text):
    address, _, zone = text.partition('%')
    if '%' in text and not zone:
        return False
    if not address or len(address) < 2:
        return False
    groups_needed = 8
    if '.' in address.rpartition(':')[2]:
        if not _is_ipv4(address.rpartition(':')[2]):
            return False
        address = address.rpartition(':')[0] + ':0:0'
    if address.count('::') > 1:
        return False
    if '::' in address:
        head, _, tail = address.partition('::')
        head_parts = head.split(':') if head else []
        tail_parts = tail.split(':') if tail else []
        if len(head_parts) + len(tail_parts) > groups_needed - 1:
            return False
        parts = head_parts + tail_parts
    else:
        parts = address.split(':')
        if len(parts) != groups_needed:
            return False
    for p in parts:
        if not p or len(p) > 4:
            return False
        for ch in p:
            if ch not in '0123456789abcdefABCDEF':
                return False
    return True


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address"
                         % (hostname,))


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')

    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(c in scheme_chars for c in candidate):
            scheme = candidate.lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>
    """
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme,
                                                    allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query,
                                      fragment))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string."""
    scheme, netloc, url, query, fragment, _coerce_result = (
        _coerce_args(*components))
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Put a parsed URL back together again."""
    scheme, netloc, url, params, query, fragment, _coerce_result = (
        _coerce_args(*components))
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base

    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path,
                                              params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        # Only a query and/or fragment: keep the base document.
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, bpath,
                                          bparams, query, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge: drop the base's last segment (a document, not a
        # directory) and collapse empty inner segments.
        base_dirs = bpath.split('/')
        if base_dirs[-1] != '':
            base_dirs.pop()
        segments = base_dirs + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # A trailing dot segment names a directory: keep the final slash.
        resolved.append('')

    return _coerce_result(urlunparse((scheme, netloc,
                                      '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL.

    Returns a tuple of the defragmented URL and the fragment.
    """
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# Percent-decoding ------------------------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_hextobyte = None


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    global _hextobyte
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b)
                      for a in _HEXDIG for b in _HEXDIG}
    out = [pieces[0]]
    for item in pieces[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            out.append(b'%')
            out.append(item)
        else:
            out.append(byte)
            out.append(item[2:])
    return b''.join(out)


_asciire = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    parts = _asciire.split(string)
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(unquote_to_bytes(parts[i]).decode(encoding, errors))
        out.append(parts[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# Query strings ----------------------------------------------------------------------

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query given as a string argument into a dict of lists."""
    result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing,
                      encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query given as a string argument into a list of
    (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)

    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")

    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')

    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '),
                           encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '),
                            encoding=encoding, errors=errors)
            result.append((_coerce_result(name), _coerce_result(value)))
    return result


# Percent-encoding ----------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_byte_quoters = {}


def _byte_quoter(safe):
    table = _byte_quoters.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else '%{:02X}'.format(b)
                 for b in range(256)]
        if len(_byte_quoters) > 256:
            _byte_quoters.clear()
        _byte_quoters[safe] = table
    return table


class Quoter(dict):
    """A mapping from bytes numbers (in range(0,256)) to strings.

    String values are percent-encoded byte values, unless the key < 128, and
    in either of the specified safe set, or the always safe set.
    """

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return "<Quoter %r>" % dict(self)

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'"""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _byte_quoter(safe)
    return ''.join([table[b] for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query
    string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def enc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    out = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + enc(v))
        else:
            for elt in v:
                out.append(k + '=' + enc(elt))
    return '&'.join(out)


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into
    'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
