"""html.parser -- a tolerant, incremental HTML tokenizer (HTMLParser).

feed() appends to a buffer and tokenizes as far as the buffered text
allows; a construct cut off at the end of the buffer (an unfinished tag,
comment, or a character reference that might continue) waits for more
input, and close() flushes whatever remains as text.  Subclasses receive
handle_starttag/endtag/startendtag/data/comment/decl/pi/charref/entityref
and unknown_decl calls.

The tokenizing rules are CPython's, since programs print the exact
sequence and chunking of the callbacks: tag and attribute names are
lower-cased, attribute values are unquoted and unescaped (None for a bare
attribute), malformed markup degrades to text, the content of <script>
and <style> is raw text up to the matching end tag, and with
convert_charrefs=True (the default) character references in text are
decoded and each run of text reaches handle_data in one call.
"""

import re

from html import unescape

__all__ = ['HTMLParser']

# A run of text stops at markup or, when references are reported
# separately, at '&'.
_TEXT_STOP = re.compile('[&<]')
_MAYBE_REF = re.compile('&[a-zA-Z#]')
_ENTITY_REF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHAR_REF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_TAG_OPEN = re.compile('<[a-zA-Z]')
_PI_END = re.compile('>')
_COMMENT_END = re.compile(r'--\s*>')
# tag name, then separators (whitespace, or '/' not closing the tag)
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
# one attribute: name (after a quote, space or '/'), optional value
_ATTR = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# how far a start tag extends (used to decide whether it is complete)
_TAG_EXTENT = re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*
        (?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*)
        \s*
      )?(?:\s|/(?!>))*
    )*
  )?
  \s*
""", re.VERBOSE)
_END_GT = re.compile('>')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_MS_END = re.compile(r']\s*]\s*>')
_MS_END_IF = re.compile(r']\s*>')
_WS_OR_SEMI = re.compile(r'[\s;]')


class HTMLParser:
    """Find tags and other markup and call handler methods."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all buffered input and state."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Add text to the buffer and process as much as possible."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Process everything still buffered."""
        self.goahead(True)

    _starttag_text = None

    def get_starttag_text(self):
        """The source text of the most recent start tag."""
        return self._starttag_text

    def getpos(self):
        """(line, column) of the current position."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        raw = self.rawdata
        nl = raw.count("\n", i, j)
        if nl:
            self.lineno += nl
            self.offset = j - (raw.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    def _text(self, s):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(s))
        else:
            self.handle_data(s)

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            # find where the current run of text ends
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find('<', i)
                if j < 0:
                    # a trailing '&...' may be a reference cut in two
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _WS_OR_SEMI.search(raw, amp):
                        break
                    j = n
            else:
                m = self.interesting.search(raw, i)
                if m:
                    j = m.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                k = self._markup(i, n)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # incomplete markup at the end: emit it as text
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                m = _CHAR_REF.match(raw, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ';' in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith('&', i):
                m = _ENTITY_REF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _MAYBE_REF.match(raw, i)
                if m:
                    if end and m.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _markup(self, i, n):
        """Parse the markup at i; its end, -1 if incomplete, or None to
        stop (a lone '<' at the very end)."""
        raw = self.rawdata
        if _TAG_OPEN.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith('</', i):
            return self.parse_endtag(i)
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<?', i):
            return self.parse_pi(i)
        if raw.startswith('<!', i):
            return self.parse_html_declaration(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    # ---- constructs ----

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if raw[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_END.search(raw, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(raw[i + 4:m.start()])
        return m.end()

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if raw[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _MS_END.search(raw, i + 3)
        elif name in {"if", "else", "endif"}:
            m = _MS_END_IF.search(raw, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % raw[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstart):
        raw = self.rawdata
        n = len(raw)
        if i == n:
            return None, -1
        m = _DECL_NAME.match(raw, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstart, i)
        raise AssertionError("expected name token at %r"
                             % raw[declstart:declstart + 20])

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        pos = raw.find('>', i + 2)
        if pos < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        raw = self.rawdata
        m = _PI_END.search(raw, i + 2)
        if not m:
            return -1
        self.handle_pi(raw[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self._starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        raw = self.rawdata
        self._starttag_text = raw[i:endpos]
        m = _TAG_NAME.match(raw, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _ATTR.match(raw, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] in ('"', "'") and value[:1] == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = raw[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(raw[i:endpos])
            return endpos
        if tail.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        raw = self.rawdata
        m = _TAG_EXTENT.match(raw, i)
        j = m.end()
        nxt = raw[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if nxt == "":
            return -1
        if nxt.isascii() and (nxt.isalpha() or nxt in "=/"):
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        raw = self.rawdata
        m = _END_GT.search(raw, i + 1)
        if not m:
            return -1
        gt = m.end()
        m = _END_TAG.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gt])
                return gt
            nm = _TAG_NAME.match(raw, i + 2)
            if not nm:
                if raw[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            name = nm.group(1).lower()
            gt = raw.find('>', nm.end())
            self.handle_endtag(name)
            return gt + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gt])
            return gt
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gt

    # ---- handlers, to be overridden ----

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
