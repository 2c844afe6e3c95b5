"""Locale support, minimal: the C/POSIX locales with UTF-8 text encoding.

Design
------
krait has no binding to the C library's setlocale, and its number
formatting never consults the C locale, so this module models the only
locales a krait process can be in: "C"/"POSIX" and "C.UTF-8" (the
latter is what CPython coerces a C locale's LC_CTYPE to at start-up).  The
per-category settings are kept in a dict mirroring glibc's twelve
categories, so setlocale(LC_ALL) reports the same composite string glibc
does when categories differ.  Any other locale name raises locale.Error
("unsupported locale setting"), exactly as CPython does for a locale not
installed on the machine.

Formatting (format_string, str, currency, atof, ...) follows CPython's
algorithms with the C locale's conventions (no grouping, '.' decimal
point, no currency), which makes them equal to plain %-formatting.
"""

import os
import re
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories in its composite-name order; the ones Python does not
# expose are tracked only so LC_ALL queries print like glibc.
_CATEGORY_NAMES = [(LC_CTYPE, 'LC_CTYPE'), (LC_NUMERIC, 'LC_NUMERIC'),
                   (LC_TIME, 'LC_TIME'), (LC_COLLATE, 'LC_COLLATE'),
                   (LC_MONETARY, 'LC_MONETARY'), (LC_MESSAGES, 'LC_MESSAGES'),
                   (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'),
                   (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
                   (12, 'LC_IDENTIFICATION')]
_CATEGORY_BY_NAME = {name: cat for cat, name in _CATEGORY_NAMES}


def _resolve(name):
    """The name glibc would report for a requested locale, or None."""
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8'):
        return name
    return None


def _env_locale(catname):
    for var in ('LC_ALL', catname, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_state():
    state = {cat: 'C' for cat, _ in _CATEGORY_NAMES}
    # CPython sets LC_CTYPE from the environment at start-up and coerces
    # the C locale to C.UTF-8.
    ctype = _resolve(_env_locale('LC_CTYPE'))
    state[LC_CTYPE] = 'C.UTF-8' if ctype in (None, 'C') else ctype
    return state


_state = _initial_state()


def _query(category):
    if category == LC_ALL:
        values = [_state[cat] for cat, _ in _CATEGORY_NAMES]
        if all(v == values[0] for v in values):
            return values[0]
        return ';'.join('%s=%s' % (name, _state[cat])
                        for cat, name in _CATEGORY_NAMES)
    return _state[category]


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category not in _state and category != LC_ALL:
        raise Error("unsupported locale setting")


def _setlocale(category, locale=None):
    _check_category(category)
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    if category == LC_ALL:
        if locale == '':
            resolved = {cat: _resolve(_env_locale(name))
                        for cat, name in _CATEGORY_NAMES}
        elif ';' in locale and '=' in locale:
            resolved = dict(_state)
            for part in locale.split(';'):
                name, _, value = part.partition('=')
                if name not in _CATEGORY_BY_NAME:
                    raise Error("unsupported locale setting")
                resolved[_CATEGORY_BY_NAME[name]] = _resolve(value)
        else:
            r = _resolve(locale)
            resolved = {cat: r for cat, _ in _CATEGORY_NAMES}
        if any(v is None for v in resolved.values()):
            raise Error("unsupported locale setting")
        _state.update(resolved)
        return _query(LC_ALL)
    name = dict(_CATEGORY_NAMES)[category]
    r = _resolve(_env_locale(name) if locale == '' else locale)
    if r is None:
        raise Error("unsupported locale setting")
    _state[category] = r
    return r


_C_CONV = {
    'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
    'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
    'negative_sign': '', 'int_frac_digits': CHAR_MAX,
    'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
    'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
    'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
    'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '',
    'grouping': [],
}


def localeconv():
    """Returns a dictionary with the numeric and monetary conventions of
    the current locale."""
    conv = dict(_C_CONV)
    conv['mon_grouping'] = []
    conv['grouping'] = []
    return conv


def strcoll(a, b):
    """Compares two strings according to the locale."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    """Return a string that can be used as a key for locale-aware
    comparisons."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s"
                        % type(s).__name__)
    return s


# Number formatting ------------------------------------------------------------

def _grouping_intervals(grouping):
    last_interval = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last_interval is None:
                raise ValueError("invalid grouping")
            while True:
                yield last_interval
        yield interval
        last_interval = interval


def _group(s, monetary=False):
    conv = localeconv()
    thousands_sep = conv[monetary and 'mon_thousands_sep' or 'thousands_sep']
    grouping = conv[monetary and 'mon_grouping' or 'grouping']
    if not grouping:
        return (s, 0)
    if s[-1] == ' ':
        stripped = s.rstrip()
        right_spaces = s[len(stripped):]
        s = stripped
    else:
        right_spaces = ''
    left_spaces = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in "0123456789":
            left_spaces = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return (left_spaces + thousands_sep.join(groups) + right_spaces,
            len(thousands_sep) * (len(groups) - 1))


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        decimal_point = localeconv()[monetary and 'mon_decimal_point'
                                     or 'decimal_point']
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub('%s', f)

    if isinstance(val, dict) or hasattr(val, 'keys') and \
            not isinstance(val, tuple):
        new_val = []
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for perc in percents:
            if perc.group()[-1] == '%':
                new_val.append('%')
            else:
                starcount = perc.group('modifiers').count('*')
                new_val.append(_format(perc.group(), val[i], grouping,
                                       monetary, *val[i + 1:i + 1 + starcount]))
                i += (1 + starcount)
    val = tuple(new_val)
    return new_f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2
    )
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current
    locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    return s


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale
    settings."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale
    settings."""
    return _format('%s', string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# Locale names -------------------------------------------------------------------

# A small part of the X11 alias table: enough for the common names.
locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'c_c': 'C', 'c_c.c': 'C', 'en': 'en_US.ISO8859-1',
    'posix': 'C', 'posix_c': 'C', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1',
    'en_au': 'en_AU.ISO8859-1', 'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1', 'de_de@euro': 'de_DE.ISO8859-15',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1',
    'fr_fr@euro': 'fr_FR.ISO8859-15', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312',
    'zh_tw': 'zh_TW.big5', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8',
    'pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1',
    'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1',
    'pl': 'pl_PL.ISO8859-2', 'pl_pl': 'pl_PL.ISO8859-2',
}

locale_encoding_alias = {
    'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'latin_1': 'ISO8859-1',
    'latin1': 'ISO8859-1', 'iso88591': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'iso8859_15': 'ISO8859-15',
    'iso88592': 'ISO8859-2', 'iso8859_2': 'ISO8859-2',
    'eucjp': 'eucJP', 'euc_jp': 'eucJP', 'euckr': 'eucKR', 'euc_kr': 'eucKR',
    'ascii': 'ISO8859-1', 'koi8r': 'KOI8-R', 'koi8_r': 'KOI8-R',
    'cp1252': 'CP1252', 'gb2312': 'gb2312', 'big5': 'big5',
}


def _replace_encoding(code, encoding):
    if '.' in code:
        langname = code[:code.index('.')]
    else:
        langname = code
    norm = encoding.lower().replace('-', '').replace('_', '')
    encoding = locale_encoding_alias.get(norm, encoding)
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        _, _, encoding = code.partition('.')
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname = code
        encoding = ''

    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    lookup_name = lang_enc
    if modifier:
        lookup_name += '@' + modifier
    code = locale_alias.get(lookup_name)
    if code is not None:
        return code
    if modifier:
        code = locale_alias.get(lang_enc)
        if code is not None:
            if '@' not in code:
                return _append_modifier(code, modifier)
            if code.split('@', 1)[1].lower() == modifier:
                return code
    if encoding:
        lookup_name = langname
        if modifier:
            lookup_name += '@' + modifier
        code = locale_alias.get(lookup_name)
        if code is not None:
            if '@' not in code:
                return _replace_encoding(code, encoding)
            code, modifier = code.split('@', 1)
            return _replace_encoding(code, encoding) + '@' + modifier
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns them as
    tuple (language code, encoding)."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2
    )
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as tuple
    (language code, encoding)."""
    localename = _setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def setlocale(category, locale=None):
    """Set the locale for the given category.  The locale can be a string,
    an iterable of two strings (language code and encoding), or None."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2
    )
    _setlocale(category, '')


def getencoding():
    """Get the current locale encoding."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if sys.flags.utf8_mode if hasattr(sys, 'flags') and \
            hasattr(sys.flags, 'utf8_mode') else False:
        return 'utf-8'
    return 'UTF-8'
