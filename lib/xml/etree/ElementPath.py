"""ElementPath -- the XPath subset of find/findall/findtext/iterfind.

A path is tokenized, then compiled into a chain of selector functions;
each selector maps an iterator of context elements to an iterator of
result elements.  Supported steps: tag, {ns}tag, prefix:tag (with a
namespaces map), {*}tag / {ns}* / {}tag, '*', '.', '..', '//' and the
predicates [@a], [@a='v'], [@a!='v'], [tag], [tag='text'],
[tag!='text'], [.='text'], [.!='text'], [n], [last()], [last()-n].
Compiled paths are cached.
"""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_ns = namespaces.get('') if namespaces else None
    in_attr = False
    for op, tag in _TOKEN.findall(pattern):
        if tag and tag[0] != '{':
            if ':' in tag:
                prefix, local = tag.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                yield op, '{%s}%s' % (namespaces[prefix], local)
            elif default_ns and not in_attr:
                yield op, '{%s}%s' % (default_ns, tag)
            else:
                yield op, tag
            in_attr = False
        else:
            yield op, tag
            in_attr = op == '@'


def get_parent_map(context):
    pm = context.parent_map
    if pm is None:
        pm = context.parent_map = {}
        for p in context.root.iter():
            for c in p:
                pm[c] = p
    return pm


def _tag_matcher(tag):
    # returns a predicate on an element's tag, or None for "any element"
    if tag == '*':
        return lambda t: isinstance(t, str)
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        return lambda t: t == local or (isinstance(t, str) and t[:1] == '{'
                                        and t.rsplit('}', 1)[1] == local)
    if tag[:2] == '{}':
        local = tag[2:]
        return lambda t: t == local
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t[:len(ns)] == ns and len(t) > len(ns)
    return lambda t: t == tag


def _child(tag):
    match = _tag_matcher(tag)

    def select(context, result):
        for elem in result:
            for e in elem:
                if match(e.tag):
                    yield e
    return select


def _self(context, result):
    yield from result


def _parent(context, result):
    pm = get_parent_map(context)
    seen = {}
    for elem in result:
        p = pm.get(elem)
        if p is not None and p not in seen:
            seen[p] = None
            yield p


def _descendant(tag):
    match = _tag_matcher(tag)

    def select(context, result):
        for elem in result:
            for e in elem.iter():
                if e is not elem and match(e.tag):
                    yield e
    return select


def _text_of(e):
    return ''.join(e.itertext())


def _predicate(tokens):
    sig = []
    vals = []
    for op, tag in tokens:
        if op and op[:1] in '\'"':
            op, tag = "'", op[1:-1]
        sig.append(op or '-')
        vals.append(tag)
    sig = ''.join(sig)
    numeric = re.match(r'-?\d+$', vals[0]) if vals else None
    if sig == '@-':
        key = vals[1]
        return lambda ctx, res: (e for e in res if e.get(key) is not None)
    if sig in ("@-='", "@-!='"):
        key, value = vals[1], vals[-1]
        if '!=' in sig:
            return lambda ctx, res: (e for e in res if e.get(key) is not None
                                     and e.get(key) != value)
        return lambda ctx, res: (e for e in res if e.get(key) == value)
    if sig == '-' and not numeric:
        tag = vals[0]
        return lambda ctx, res: (e for e in res if e.find(tag) is not None)
    if sig in (".='", ".!='") or (sig in ("-='", "-!='") and not numeric):
        tag, value, neg = vals[0], vals[-1], '!=' in sig
        if tag:
            def select(ctx, res):
                for e in res:
                    for sub in e.findall(tag):
                        if (_text_of(sub) != value) if neg else (_text_of(sub) == value):
                            yield e
                            break
            return select
        if neg:
            return lambda ctx, res: (e for e in res if _text_of(e) != value)
        return lambda ctx, res: (e for e in res if _text_of(e) == value)
    if sig in ('-', '-()', '-()-'):
        if sig == '-':
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != 'last':
                raise SyntaxError("unsupported function")
            if sig == '-()-':
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(ctx, res):
            pm = get_parent_map(ctx)
            for e in res:
                p = pm.get(e)
                if p is None:
                    continue
                same = p.findall(e.tag)
                try:
                    if same[index] is e:
                        yield e
                except IndexError:
                    pass
        return select
    raise SyntaxError("invalid predicate")


_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    chain = _cache.get(key)
    if chain is not None:
        return chain
    if path[-1:] == '/':
        path += '*'
    tokens = list(xpath_tokenizer(path, namespaces))
    tokens = [t for t in tokens if t != ('', '')]
    chain = []
    i = 0
    n = len(tokens)
    if n and tokens[0][0] == '/':
        raise SyntaxError("cannot use absolute path on element")

    def expect_step(i):
        if i >= n:
            raise SyntaxError("invalid path")
        return tokens[i]

    while i < n:
        op, tag = tokens[i]
        if op == '[':
            j = i + 1
            while j < n and tokens[j][0] != ']':
                j += 1
            if j >= n:
                raise SyntaxError("invalid path")
            chain.append(_predicate(tokens[i + 1:j]))
            i = j + 1
        elif op == '//':
            i += 1
            op2, tag2 = expect_step(i)
            if op2 == '*':
                tag2 = '*'
            elif op2 == '{':
                tag2 = '{*}*'
            elif not tag2:
                raise SyntaxError("invalid descendant")
            chain.append(_descendant(tag2))
            i += 1
        elif op == '/':
            i += 1
            continue
        elif op == '.':
            chain.append(_self)
            i += 1
        elif op == '..':
            chain.append(_parent)
            i += 1
        elif op == '*':
            chain.append(_child('*'))
            i += 1
        elif op == '' and tag:
            chain.append(_child(tag))
            i += 1
        elif op == '{' or op == '}':
            raise SyntaxError("invalid path")
        else:
            raise SyntaxError("invalid path")
        if i < n and tokens[i][0] not in ('/', '[', '//'):
            raise SyntaxError("invalid path")
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = chain
    return chain


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def iterfind(elem, path, namespaces=None):
    chain = _compile(path, namespaces)
    result = iter([elem])
    context = _SelectorContext(elem)
    for select in chain:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
