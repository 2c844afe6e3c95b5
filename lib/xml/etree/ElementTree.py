"""xml.etree.ElementTree -- the ElementTree XML API.

Element is a plain Python class: tag, attrib (a dict, insertion ordered),
text, tail and a list of children.  Searching is delegated to ElementPath.

Parsing uses a small XML scanner written here (CPython uses expat): it
handles the XML declaration, comments, processing instructions, a
DOCTYPE (skipped, with internal subsets), CDATA sections, the predefined
and numeric character references, attribute-value normalization and
namespaces ({uri}local names, xmlns attributes removed from attrib).
Events go to a target with the TreeBuilder interface (start, end, data,
comment, pi, start_ns, end_ns, close); text between markup is delivered
as one data() call per run.  Malformed input raises ParseError with
expat's message wording, code and (line, column) position for the common
errors.

Serialization follows CPython exactly: attributes in insertion order,
generated ns0/ns1 prefixes (or the well-known ones), ' />' for empty
elements, the escaping rules for text and attribute values, and the XML
declaration only for encodings other than us-ascii/utf-8/unicode.
"""

import io
import re
import sys
import warnings

from xml.etree import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize",
    "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised for malformed XML; .code is the expat error number and
    .position the (line, column) of the error."""
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (
                attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        warnings.warn(
            "elem.copy() is deprecated. Use copy.copy(elem) instead.",
            DeprecationWarning)
        return self.__copy__()

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(self.tag, deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        for i, c in enumerate(self._children):
            if c == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element, append it to parent and return it."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name ({uri}local), usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __le__(self, other):
        return self.text <= (other.text if isinstance(other, QName) else other)

    def __lt__(self, other):
        return self.text < (other.text if isinstance(other, QName) else other)

    def __ge__(self, other):
        return self.text >= (other.text if isinstance(other, QName) else other)

    def __gt__(self, other):
        return self.text > (other.text if isinstance(other, QName) else other)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)


# ---- ElementTree -----------------------------------------------------------

class ElementTree:
    """A whole document: a root element plus parsing and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._abs(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._abs(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._abs(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._abs(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        out = []
        write = out.append
        declared = encoding
        if encoding.lower() == "unicode":
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
            if not hasattr(file_or_filename, "write"):
                declared = "utf-8"
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and encoding.lower() != "unicode" and
                declared.lower() not in ("utf-8", "us-ascii"))):
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _SERIALIZERS[method](write, self._root, qnames, namespaces,
                                 short_empty_elements=short_empty_elements)
        text = "".join(out)
        if hasattr(file_or_filename, "write"):
            if encoding.lower() == "unicode":
                file_or_filename.write(text)
            else:
                file_or_filename.write(text.encode(encoding, "xmlcharrefreplace"))
        else:
            enc = "utf-8" if encoding.lower() == "unicode" else encoding
            with open(file_or_filename, "w", encoding=enc,
                      errors="xmlcharrefreplace") as f:
                f.write(text)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


# ---- serialization ---------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


register_namespace._namespace_map = _namespace_map


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _escape_cdata(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    for a, b in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"),
                 ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                 ("\t", "&#09;")):
        if a in text:
            text = text.replace(a, b)
    return text


def _escape_attrib_html(text):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def _namespaces(elem, default_namespace=None):
    """Maps every tag/attribute name to its serialized form and collects
    the namespace declarations the root must carry."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        if not isinstance(qname, str):
            _raise_serialization_error(qname)
        if qname[:1] == "{":
            uri, local = qname[1:].rsplit("}", 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        if isinstance(e.text, QName) and e.text.text not in qnames:
            add(e.text.text)
    return qnames, namespaces


def _start_tag(write, tag, elem, qnames, namespaces, escape):
    write("<" + tag)
    items = list(elem.items())
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                     _escape_attrib(uri)))
    for k, v in items:
        if isinstance(k, QName):
            k = k.text
        if isinstance(v, QName):
            v = qnames[v.text]
        else:
            v = escape(v)
        write(' %s="%s"' % (qnames[k], v))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements,
                   **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            _start_tag(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _start_tag(write, tag, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html,
                "text": _serialize_text}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The serialized element: str for encoding='unicode', else bytes."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method,
                     xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write elem (or a tree's root) to sys.stdout, newline-terminated."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Pretty-print in place by rewriting text/tail whitespace."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    pads = ["\n" + level * space]

    def walk(elem, level):
        inner = level + 1
        if inner == len(pads):
            pads.append(pads[level] + space)
        pad = pads[inner]
        if not elem.text or not elem.text.strip():
            elem.text = pad
        child = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = pad
        if not child.tail.strip():
            child.tail = pads[level]

    walk(tree, 0)


# ---- parsing ---------------------------------------------------------------

class TreeBuilder:
    """Builds a tree of elements from start/data/end events."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_NAME = re.compile(r"[^\s/>=<&\"'!?]+")
_SPACE = re.compile(r"[ \t\r\n]*")

_ERR_SYNTAX = 2
_ERR_NO_ELEMENTS = 3
_ERR_INVALID_TOKEN = 4
_ERR_UNCLOSED_TOKEN = 5
_ERR_TAG_MISMATCH = 7
_ERR_DUPLICATE_ATTRIBUTE = 8
_ERR_JUNK_AFTER_DOC_ELEMENT = 9
_ERR_UNDEFINED_ENTITY = 11
_ERR_UNBOUND_PREFIX = 27

_MESSAGES = {
    _ERR_SYNTAX: "syntax error",
    _ERR_NO_ELEMENTS: "no element found",
    _ERR_INVALID_TOKEN: "not well-formed (invalid token)",
    _ERR_UNCLOSED_TOKEN: "unclosed token",
    _ERR_TAG_MISMATCH: "mismatched tag",
    _ERR_DUPLICATE_ATTRIBUTE: "duplicate attribute",
    _ERR_JUNK_AFTER_DOC_ELEMENT: "junk after document element",
    _ERR_UNDEFINED_ENTITY: "undefined entity",
    _ERR_UNBOUND_PREFIX: "unbound prefix",
}


class _Fail(Exception):
    def __init__(self, code, pos):
        self.code = code
        self.pos = pos


class XMLParser:
    """Parses XML text fed in pieces and drives a target (a TreeBuilder
    by default).  The document is parsed when close() is called."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self._closed = False
        self.version = "Expat 2.5.0"
        self.entity = {}

    def feed(self, data):
        if self._closed:
            raise ParseError("parser already closed")
        self._chunks.append(data)

    def _text(self):
        parts = self._chunks
        if not parts:
            return ""
        if isinstance(parts[0], str):
            return "".join(p if isinstance(p, str) else p.decode("utf-8")
                           for p in parts)
        raw = b"".join(p if isinstance(p, bytes) else p.encode("utf-8")
                       for p in parts)
        enc = self._encoding
        if enc is None:
            m = re.match(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", raw)
            enc = m.group(1).decode("ascii") if m else "utf-8"
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        return raw.decode(enc)

    def close(self):
        self._closed = True
        text = self._text()
        try:
            _Scanner(text, self.target, self).run()
        except _Fail as f:
            line = text.count("\n", 0, f.pos) + 1
            col = f.pos - (text.rfind("\n", 0, f.pos) + 1)
            err = ParseError("%s: line %d, column %d"
                             % (_MESSAGES[f.code], line, col))
            err.code = f.code
            err.position = (line, col)
            raise err from None
        close = getattr(self.target, "close", None)
        return close() if close is not None else None


class _Scanner:
    """One pass over a complete document, calling the target's methods."""

    def __init__(self, text, target, parser):
        self.s = text
        self.t = target
        self.parser = parser
        self.ns = [{"xml": "http://www.w3.org/XML/1998/namespace"}]
        self.start_ns = getattr(target, "start_ns", None)
        self.end_ns = getattr(target, "end_ns", None)
        self.comment = getattr(target, "comment", None)
        self.pi = getattr(target, "pi", None)
        self.data = getattr(target, "data", None)
        self.start = getattr(target, "start", None)
        self.end = getattr(target, "end", None)

    def fail(self, code, pos):
        raise _Fail(code, pos)

    def run(self):
        s = self.s
        n = len(s)
        i = 0
        if s.startswith("<?xml") and (len(s) > 5 and s[5] in " \t\r\n?"):
            j = s.find("?>")
            if j < 0:
                self.fail(_ERR_UNCLOSED_TOKEN, 0)
            i = j + 2
        stack = []
        seen_root = False
        while True:
            lt = s.find("<", i)
            if lt < 0:
                lt = n
            if lt > i:
                chunk = s[i:lt]
                if stack:
                    self._data(chunk, i)
                else:
                    k = len(chunk) - len(chunk.lstrip(" \t\r\n"))
                    if k < len(chunk):
                        code = _ERR_JUNK_AFTER_DOC_ELEMENT if seen_root else _ERR_SYNTAX
                        if not seen_root and chunk[k] not in "&":
                            code = _ERR_SYNTAX
                        self.fail(code, i + k)
            if lt >= n:
                break
            i = lt
            if s.startswith("<!--", i):
                j = s.find("-->", i + 4)
                if j < 0:
                    self.fail(_ERR_UNCLOSED_TOKEN, i)
                if self.comment is not None:
                    self.comment(s[i + 4:j])
                i = j + 3
            elif s.startswith("<![CDATA[", i):
                if not stack:
                    self.fail(_ERR_INVALID_TOKEN if seen_root else _ERR_SYNTAX, i)
                j = s.find("]]>", i + 9)
                if j < 0:
                    self.fail(_ERR_UNCLOSED_TOKEN, i)
                if self.data is not None and j > i + 9:
                    self.data(s[i + 9:j])
                i = j + 3
            elif s.startswith("<!DOCTYPE", i):
                i = self._doctype(i)
            elif s.startswith("<?", i):
                j = s.find("?>", i + 2)
                if j < 0:
                    self.fail(_ERR_UNCLOSED_TOKEN, i)
                body = s[i + 2:j]
                target, _, rest = body.partition(" ")
                if self.pi is not None:
                    self.pi(target, rest.strip(" \t\r\n"))
                i = j + 2
            elif s.startswith("</", i):
                m = _NAME.match(s, i + 2)
                if not m or not stack:
                    self.fail(_ERR_INVALID_TOKEN if not stack and seen_root else _ERR_SYNTAX, i + 2)
                name = m.group()
                j = _SPACE.match(s, m.end()).end()
                if j >= n:
                    self.fail(_ERR_UNCLOSED_TOKEN, i)
                if s[j] != ">":
                    self.fail(_ERR_INVALID_TOKEN, j)
                if name != stack[-1][0]:
                    self.fail(_ERR_TAG_MISMATCH, i + 2)
                _, qtag, declared = stack.pop()
                if self.end is not None:
                    self.end(qtag)
                scope = self.ns.pop()
                if self.end_ns is not None:
                    for _ in declared:
                        self.end_ns(None)
                i = j + 1
            else:
                if seen_root and not stack:
                    self.fail(_ERR_JUNK_AFTER_DOC_ELEMENT, i)
                i = self._start(i, stack)
                seen_root = True
        if stack:
            self.fail(_ERR_NO_ELEMENTS, n)
        if not seen_root:
            self.fail(_ERR_NO_ELEMENTS, n)

    def _doctype(self, i):
        s = self.s
        depth = 0
        j = i + 9
        n = len(s)
        while j < n:
            c = s[j]
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == ">" and depth <= 0:
                return j + 1
            elif c in "\"'":
                k = s.find(c, j + 1)
                if k < 0:
                    break
                j = k
            j += 1
        self.fail(_ERR_UNCLOSED_TOKEN, i)

    def _unescape(self, text, base, attr):
        if "&" not in text:
            return text
        out = []
        i = 0
        while True:
            j = text.find("&", i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = text.find(";", j)
            if k < 0:
                self.fail(_ERR_INVALID_TOKEN, base + j)
            ref = text[j + 1:k]
            if ref[:2] in ("#x", "#X"):
                try:
                    out.append(chr(int(ref[2:], 16)))
                except ValueError:
                    self.fail(_ERR_INVALID_TOKEN, base + j)
            elif ref[:1] == "#":
                try:
                    out.append(chr(int(ref[1:])))
                except ValueError:
                    self.fail(_ERR_INVALID_TOKEN, base + j)
            elif ref in _ENTITIES:
                out.append(_ENTITIES[ref])
            elif ref in self.parser.entity:
                out.append(self.parser.entity[ref])
            else:
                if not ref or not _NAME.fullmatch(ref):
                    self.fail(_ERR_INVALID_TOKEN, base + j)
                self.fail(_ERR_UNDEFINED_ENTITY, base + j)
            i = k + 1
        return "".join(out)

    def _data(self, chunk, base):
        if "<" in chunk:
            self.fail(_ERR_INVALID_TOKEN, base + chunk.index("<"))
        text = self._unescape(chunk.replace("\r\n", "\n").replace("\r", "\n"),
                              base, False)
        if self.data is not None and text:
            self.data(text)

    def _qualify(self, name, pos, is_attr):
        prefix, colon, local = name.partition(":")
        if colon:
            for scope in reversed(self.ns):
                if prefix in scope:
                    uri = scope[prefix]
                    break
            else:
                self.fail(_ERR_UNBOUND_PREFIX, pos)
            return "{%s}%s" % (uri, local)
        if is_attr:
            return name
        for scope in reversed(self.ns):
            if "" in scope:
                uri = scope[""]
                return "{%s}%s" % (uri, name) if uri else name
        return name

    def _start(self, i, stack):
        s = self.s
        n = len(s)
        m = _NAME.match(s, i + 1)
        if not m:
            self.fail(_ERR_INVALID_TOKEN if i + 1 < n else _ERR_UNCLOSED_TOKEN, i + 1)
        name = m.group()
        j = m.end()
        raw_attrs = []
        names = set()
        while True:
            k = _SPACE.match(s, j).end()
            if k >= n:
                self.fail(_ERR_UNCLOSED_TOKEN, i)
            c = s[k]
            if c == ">" or s.startswith("/>", k):
                break
            if k == j:
                self.fail(_ERR_INVALID_TOKEN, k)
            am = _NAME.match(s, k)
            if not am:
                self.fail(_ERR_INVALID_TOKEN, k)
            aname = am.group()
            e = _SPACE.match(s, am.end()).end()
            if e >= n:
                self.fail(_ERR_UNCLOSED_TOKEN, i)
            if s[e] != "=":
                self.fail(_ERR_INVALID_TOKEN, e)
            e = _SPACE.match(s, e + 1).end()
            if e >= n:
                self.fail(_ERR_UNCLOSED_TOKEN, i)
            q = s[e]
            if q not in "\"'":
                self.fail(_ERR_INVALID_TOKEN, e)
            end = s.find(q, e + 1)
            if end < 0:
                self.fail(_ERR_UNCLOSED_TOKEN, i)
            raw = s[e + 1:end]
            if "<" in raw:
                self.fail(_ERR_INVALID_TOKEN, e + 1 + raw.index("<"))
            if aname in names:
                self.fail(_ERR_DUPLICATE_ATTRIBUTE, k)
            names.add(aname)
            value = raw.replace("\r\n", " ").replace("\r", " ") \
                       .replace("\n", " ").replace("\t", " ")
            value = self._unescape(value, e + 1, True)
            raw_attrs.append((aname, value, k))
            j = end + 1
        selfclose = s[k] == "/"
        after = k + (2 if selfclose else 1)
        scope = {}
        declared = []
        attrs = []
        for aname, value, pos in raw_attrs:
            if aname == "xmlns":
                scope[""] = value
                declared.append(("", value))
            elif aname.startswith("xmlns:"):
                scope[aname[6:]] = value
                declared.append((aname[6:], value))
            else:
                attrs.append((aname, value, pos))
        self.ns.append(scope)
        if self.start_ns is not None:
            for prefix, uri in declared:
                self.start_ns(prefix, uri)
        qtag = self._qualify(name, i, False)
        attrib = {}
        for aname, value, pos in attrs:
            attrib[self._qualify(aname, i, True)] = value
        if self.start is not None:
            self.start(qtag, attrib)
        if selfclose:
            if self.end is not None:
                self.end(qtag)
            self.ns.pop()
            if self.end_ns is not None:
                for _ in declared:
                    self.end_ns(None)
        else:
            stack.append((name, qtag, declared))
        return after


def XML(text, parser=None):
    """Parse a document from a string; returns the root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def parse(source, parser=None):
    """Parse a file (name or file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _EventTarget(TreeBuilder):
    """A TreeBuilder that also records (event, object) pairs."""

    def __init__(self, events, wanted):
        TreeBuilder.__init__(self)
        self._events = events
        self._wanted = wanted

    def start(self, tag, attrs):
        e = TreeBuilder.start(self, tag, attrs)
        if "start" in self._wanted:
            self._events.append(("start", e))
        return e

    def end(self, tag):
        e = TreeBuilder.end(self, tag)
        if "end" in self._wanted:
            self._events.append(("end", e))
        return e

    def start_ns(self, prefix, uri):
        if "start-ns" in self._wanted:
            self._events.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._wanted:
            self._events.append(("end-ns", None))

    def comment(self, text):
        e = TreeBuilder.comment(self, text)
        if "comment" in self._wanted:
            self._events.append(("comment", e))
        return e

    def pi(self, target, text=None):
        e = TreeBuilder.pi(self, target, text)
        if "pi" in self._wanted:
            self._events.append(("pi", e))
        return e


_EVENTS = ("start", "end", "comment", "pi", "start-ns", "end-ns")


class XMLPullParser:
    """Feed text, then read (event, elem) pairs with read_events().  The
    events of the document become available once it is complete."""

    def __init__(self, events=None, *, _parser=None):
        if events is None:
            events = ("end",)
        for ev in events:
            if ev not in _EVENTS:
                raise ValueError("unknown event %r" % ev)
        self._events = []
        self._wanted = tuple(events)
        self._chunks = []
        self._done = False
        self._root = None

    def feed(self, data):
        if self._done:
            raise ValueError("feed() called after end of stream")
        if data:
            self._chunks.append(data)
        self._try()

    def _try(self, final=False):
        target = _EventTarget([], self._wanted)
        parser = XMLParser(target=target)
        for c in self._chunks:
            parser.feed(c)
        try:
            root = parser.close()
        except ParseError:
            if final:
                raise
            return
        self._events.extend(target._events)
        self._chunks = []
        self._done = True
        self._root = root

    def close(self):
        if not self._done:
            self._try(final=True)

    def read_events(self):
        events = self._events
        while events:
            yield events.pop(0)


def iterparse(source, events=None, parser=None):
    """Iterate over (event, element) pairs of a parsed file; the iterator
    has a .root attribute once exhausted."""
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    pull = XMLPullParser(events=events)

    class IterParseIterator:
        root = None

        def __init__(self):
            pull.feed(data)
            pull.close()
            self._it = pull.read_events()

        def __iter__(self):
            return self

        def __next__(self):
            try:
                return next(self._it)
            except StopIteration:
                self.root = pull._root
                raise

    return IterParseIterator()


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not supported by krait")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("C14N is not supported by krait")
