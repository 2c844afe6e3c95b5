"""unicodedata -- the Unicode Character Database (version of python3.11).

The data comes from two generated modules (scripts/gen_unicodedata_py.py
builds them from the oracle's own unicodedata, so answers agree with
CPython by construction):

  * _unicodedata_db: the per-code-point properties (category, bidi class,
    combining class, east asian width, mirrored) stored as runs -- a sorted
    list of run starts searched with bisect, each run naming a row of the
    property table -- plus the decomposition mappings, numeric values and
    the canonical composition pairs;
  * _unicodedata_names: character names as sequences of word indices,
    imported only when name() or lookup() is first used.  Names that are
    computed (CJK/Tangut/Nushu/Khitan ideographs, Hangul syllables) are
    generated from the code point instead of being stored.

Normalization follows UAX #15: full decomposition (canonical or
compatibility, Hangul syllables algorithmically), canonical reordering by
combining class, and for the composed forms the canonical composition
algorithm with the primary-composite pairs from the database.
"""

from bisect import bisect_right as _bisect

import _unicodedata_db as _db

unidata_version = _db.UNIDATA_VERSION

_STARTS = [int(x, 16) for x in _db.STARTS.split(',')]
_KINDS = [int(x, 16) for x in _db.KINDS.split(',')]
_PROPS = _db.PROPS
_DECOMP = None
_NUMERIC = None
_COMPOSE = None

_SBASE, _LBASE, _VBASE, _TBASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_LCOUNT, _VCOUNT, _TCOUNT = 19, 21, 28
_NCOUNT = _VCOUNT * _TCOUNT
_SCOUNT = _LCOUNT * _NCOUNT
_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '',
           'J', 'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE',
           'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB',
           'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C',
           'K', 'T', 'P', 'H')


def _char(fname, chr_):
    if not isinstance(chr_, str):
        raise TypeError('%s() argument must be a unicode character, not %s'
                        % (fname, type(chr_).__name__))
    if len(chr_) != 1:
        raise TypeError('%s() argument must be a unicode character, not str'
                        % fname)
    return ord(chr_)


def _props(cp):
    return _PROPS[_KINDS[_bisect(_STARTS, cp) - 1]]


def category(chr, /):
    """The general category assigned to the character, as a string."""
    return _props(_char('category', chr))[0]


def bidirectional(chr, /):
    """The bidirectional class assigned to the character, or ''."""
    return _props(_char('bidirectional', chr))[1]


def combining(chr, /):
    """The canonical combining class of the character (0 if none)."""
    return _props(_char('combining', chr))[2]


def east_asian_width(chr, /):
    """The east asian width assigned to the character."""
    return _props(_char('east_asian_width', chr))[3]


def mirrored(chr, /):
    """1 if the character is a mirrored character in bidi text, else 0."""
    return _props(_char('mirrored', chr))[4]


def _decomp_table():
    global _DECOMP
    if _DECOMP is None:
        table = {}
        for item in _db.DECOMP.split(';'):
            cp, _, d = item.partition(':')
            table[int(cp, 16)] = d
        _DECOMP = table
    return _DECOMP


def decomposition(chr, /):
    """The character's decomposition mapping as a string, or ''."""
    return _decomp_table().get(_char('decomposition', chr), '')


def _numeric_table():
    global _NUMERIC
    if _NUMERIC is None:
        table = {}
        for item in _db.NUMERIC.split(';'):
            cp, dec, dig, num = item.split(':')
            table[int(cp, 16)] = (int(dec) if dec else None,
                                  int(dig) if dig else None, float(num))
        _NUMERIC = table
    return _NUMERIC


_MISSING = object()


def decimal(chr, default=_MISSING, /):
    """The decimal value of the character as an int."""
    v = _numeric_table().get(_char('decimal', chr))
    if v is None or v[0] is None:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return v[0]


def digit(chr, default=_MISSING, /):
    """The digit value of the character as an int."""
    v = _numeric_table().get(_char('digit', chr))
    if v is None or v[1] is None:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return v[1]


def numeric(chr, default=_MISSING, /):
    """The numeric value of the character as a float."""
    v = _numeric_table().get(_char('numeric', chr))
    if v is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return v[2]


# ---- names -----------------------------------------------------------------

_BY_CP = None
_BY_NAME = None
_ALGO = None


def _load_names():
    global _BY_CP, _ALGO
    if _BY_CP is None:
        import _unicodedata_names as n
        words = n.WORDS.split(' ')
        cps = []
        for run in n.RUNS.split(';'):
            start, count = run.split(',')
            start = int(start, 16)
            cps.extend(range(start, start + int(count, 16)))
        entries = n.NAMES.split('\n')
        by_cp = {}
        for cp, enc in zip(cps, entries):
            by_cp[cp] = enc
        _ALGO = n.ALGO
        _BY_CP = (by_cp, words)
    return _BY_CP


def _decode(enc, words):
    return ' '.join([words[ord(ch) - 0x100] for ch in enc])


def _computed_name(cp):
    if _SBASE <= cp < _SBASE + _SCOUNT:
        s = cp - _SBASE
        return ('HANGUL SYLLABLE ' + _JAMO_L[s // _NCOUNT] +
                _JAMO_V[(s % _NCOUNT) // _TCOUNT] + _JAMO_T[s % _TCOUNT])
    for lo, hi, prefix in _ALGO:
        if lo <= cp <= hi:
            return '%s-%X' % (prefix, cp)
    return None


def name(chr, default=_MISSING, /):
    """The name of the character; ValueError (or default) if it has none."""
    cp = _char('name', chr)
    by_cp, words = _load_names()
    enc = by_cp.get(cp)
    if enc is not None:
        return _decode(enc, words)
    nm = _computed_name(cp)
    if nm is not None:
        return nm
    if default is _MISSING:
        raise ValueError('no such name')
    return default


def lookup(name, /):
    """The character whose name is name (case-insensitive)."""
    global _BY_NAME
    if isinstance(name, (bytes, bytearray)):
        key = name.decode('latin-1')
    elif isinstance(name, str):
        key = name
    else:
        raise TypeError("lookup() argument must be str, not %s"
                        % type(name).__name__)
    upper = key.upper()
    by_cp, words = _load_names()
    if _BY_NAME is None:
        _BY_NAME = {_decode(enc, words): cp for cp, enc in by_cp.items()}
    cp = _BY_NAME.get(upper)
    if cp is None:
        cp = _lookup_computed(upper)
    if cp is None:
        raise KeyError("undefined character name '%s'" % key)
    return chr(cp)


def _lookup_computed(upper):
    if upper.startswith('HANGUL SYLLABLE '):
        rest = upper[16:]
        for l, lname in enumerate(_JAMO_L):
            if not rest.startswith(lname):
                continue
            for v, vname in enumerate(_JAMO_V):
                if not rest.startswith(vname, len(lname)):
                    continue
                tail = rest[len(lname) + len(vname):]
                if tail in _JAMO_T:
                    return (_SBASE + (l * _VCOUNT + v) * _TCOUNT +
                            _JAMO_T.index(tail))
        return None
    prefix, dash, hexpart = upper.rpartition('-')
    if not dash or not hexpart:
        return None
    try:
        cp = int(hexpart, 16)
    except ValueError:
        return None
    for lo, hi, p in _ALGO:
        if p == prefix and lo <= cp <= hi and '%X' % cp == hexpart:
            return cp
    return None


# ---- normalization ---------------------------------------------------------

def _compose_table():
    global _COMPOSE
    if _COMPOSE is None:
        table = {}
        for item in _db.COMPOSE.split(';'):
            pair, _, c = item.partition(':')
            a, b = pair.split(',')
            table[(int(a, 16), int(b, 16))] = int(c, 16)
        _COMPOSE = table
    return _COMPOSE


def _decompose(s, compat):
    table = _decomp_table()
    out = []

    def push(cp):
        if _SBASE <= cp < _SBASE + _SCOUNT:
            si = cp - _SBASE
            out.append(_LBASE + si // _NCOUNT)
            out.append(_VBASE + (si % _NCOUNT) // _TCOUNT)
            t = si % _TCOUNT
            if t:
                out.append(_TBASE + t)
            return
        d = table.get(cp)
        if d:
            if d[0] == '<':
                if not compat:
                    out.append(cp)
                    return
                d = d[d.index('>') + 1:]
            for part in d.split():
                push(int(part, 16))
            return
        out.append(cp)

    for ch in s:
        push(ord(ch))
    # canonical ordering: stable sort of each run of non-starters
    i = 0
    n = len(out)
    while i < n:
        if _props(out[i])[2] == 0:
            i += 1
            continue
        j = i
        while j < n and _props(out[j])[2] != 0:
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=lambda c: _props(c)[2])
        i = j
    return out


def _compose(cps):
    table = _compose_table()
    out = []
    starter = None        # index in out of the last starter
    for cp in cps:
        cc = _props(cp)[2]
        if starter is not None:
            # blocked when something between the starter and cp has a
            # class of 0 or not lower than cp's (the input is reordered,
            # so looking at the last kept character is enough)
            if len(out) - 1 == starter:
                blocked = False
            else:
                prev = _props(out[-1])[2]
                blocked = prev == 0 or prev >= cc
            if not blocked:
                s = out[starter]
                comp = None
                if _LBASE <= s < _LBASE + _LCOUNT and \
                        _VBASE <= cp < _VBASE + _VCOUNT:
                    comp = _SBASE + ((s - _LBASE) * _VCOUNT +
                                     (cp - _VBASE)) * _TCOUNT
                elif _SBASE <= s < _SBASE + _SCOUNT and \
                        (s - _SBASE) % _TCOUNT == 0 and \
                        _TBASE < cp < _TBASE + _TCOUNT:
                    comp = s + (cp - _TBASE)
                else:
                    comp = table.get((s, cp))
                if comp is not None:
                    out[starter] = comp
                    continue
        if cc == 0:
            starter = len(out)
        out.append(cp)
    return out


def _check_form(form):
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s'
                        % type(form).__name__)
    if form not in ('NFC', 'NFKC', 'NFD', 'NFKD'):
        raise ValueError('invalid normalization form')


def normalize(form, unistr, /):
    """Return the normal form 'form' ('NFC', 'NFKC', 'NFD' or 'NFKD')."""
    _check_form(form)
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s'
                        % type(unistr).__name__)
    if unistr.isascii():
        return unistr
    cps = _decompose(unistr, form in ('NFKC', 'NFKD'))
    if form in ('NFC', 'NFKC'):
        cps = _compose(cps)
    return ''.join(map(chr, cps))


def is_normalized(form, unistr, /):
    """Whether unistr is in normal form 'form'."""
    return normalize(form, unistr) == unistr


class UCD:
    """A view of the database (ucd_3_2_0 is approximated by the current
    version)."""

    def __init__(self, version):
        self.unidata_version = version

    category = staticmethod(category)
    bidirectional = staticmethod(bidirectional)
    combining = staticmethod(combining)
    east_asian_width = staticmethod(east_asian_width)
    mirrored = staticmethod(mirrored)
    decomposition = staticmethod(decomposition)
    decimal = staticmethod(decimal)
    digit = staticmethod(digit)
    numeric = staticmethod(numeric)
    name = staticmethod(name)
    lookup = staticmethod(lookup)
    normalize = staticmethod(normalize)
    is_normalized = staticmethod(is_normalized)


ucd_3_2_0 = UCD('3.2.0')
