"""ast -- Python abstract syntax trees (krait).

The node classes come from the C module _ast, which builds them from the
frontend's generated tables; parse() goes through compile() with
PyCF_ONLY_AST.  Everything else here (dump, literal_eval, the visitors,
unparse) works on those Python objects and reproduces CPython 3.11's
output.  unparse is written as a set of expression functions returning
strings (each told the precedence its context requires) plus a small
statement writer that manages indentation.
"""
import sys
from _ast import *

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    return compile(source, filename, mode, flags)


def literal_eval(node_or_string):
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            v = number(node.operand)
            return +v if isinstance(node.op, UAdd) else -v
        return number(node)

    def conv(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(conv, node.elts))
        if isinstance(node, List):
            return list(map(conv, node.elts))
        if isinstance(node, Set):
            return set(map(conv, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and
                node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(conv, node.keys), map(conv, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)
    return conv(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            simple_all = True
            named = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = fmt(value, level)
                simple_all = simple_all and simple
                parts.append('%s=%s' % (name, text) if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(value, level)
                    simple_all = simple_all and simple
                    parts.append('%s=%s' % (name, text))
            if simple_all and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ("end_lineno" in child._attributes and
                (end_lineno := getattr(child, "end_lineno", 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    """inspect.cleandoc: uniform indentation removed, blank edges dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            ind = len(line) - content
            margin = ind if margin is None else min(margin, ind)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _splitlines_no_ff(source):
    idx = 0
    lines = []
    next_line = ''
    while idx < len(source):
        c = source[idx]
        next_line += c
        idx += 1
        if c == '\r' and idx < len(source) and source[idx] == '\n':
            next_line += '\n'
            idx += 1
        if c in '\r\n':
            lines.append(next_line)
            next_line = ''
    if next_line:
        lines.append(next_line)
    return lines


def _pad_whitespace(source):
    return ''.join(c if c.isspace() and c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# ---- 3.8-era compatibility: Num, Str, Bytes, NameConstant, Ellipsis ----

def _getter(self):
    return self.value

def _setter(self, value):
    self.value = value

Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            else:
                return (isinstance(value, _const_types[cls]) and
                        not isinstance(value, _const_types_not.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}
_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


# ---------------------------------------------------------------------- #
# unparse                                                                #
# ---------------------------------------------------------------------- #

# Precedence levels, lowest binding first (3.11's table).
(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP,
 _P_EXPR, _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR,
 _P_POWER, _P_AWAIT, _P_ATOM) = range(1, 19)
_P_BOR = _P_EXPR


def _next(p):
    return p + 1 if p < _P_ATOM else p


_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
    'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
    'Pow': ('**', _P_POWER),
}
_UNOPS = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
          'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _P_AND), 'Or': ('or', _P_OR)}
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)


def _unicode_escape(c):
    """c.encode("unicode_escape").decode("ascii") for one character."""
    special = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    if c in special:
        return special[c]
    n = ord(c)
    if 0x20 <= n < 0x7f:
        return c
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def _str_literal(string, quote_types=_ALL_QUOTES, escape_ws=False):
    """(body, usable quotes) for a string literal; escapes as 3.11 does."""
    def esc(c):
        if not escape_ws and c in "\n\t":
            return c
        if c == "\\" or not c.isprintable():
            return _unicode_escape(c)
        return c
    body = "".join(map(esc, string))
    quotes = quote_types
    if "\n" in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        r = repr(string)
        quote = next((q for q in quote_types if r[0] in q), r[0])
        return r[1:-1], [quote]
    if body:
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, quotes


def _str_avoiding_backslashes(string, quote_types=_ALL_QUOTES):
    body, quotes = _str_literal(string, quote_types=quote_types)
    return f"{quotes[0]}{body}{quotes[0]}"


class _Unparser:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.indent = 0
        self.avoid_backslashes = avoid_backslashes

    # -- statements --
    def fill(self, text=""):
        if self.out:
            self.out.append("\n")
        self.out.append("    " * self.indent + text)

    def write(self, text):
        self.out.append(text)

    def newline(self):
        if self.out:
            self.out.append("\n")

    def block(self, body, docstring=False):
        self.write(":")
        self.indent += 1
        self.body(body, docstring)
        self.indent -= 1

    def body(self, stmts, docstring=False):
        if docstring and stmts and self.docstring_node(stmts[0]) is not None:
            c = stmts[0].value
            self.fill()
            if c.kind == "u":
                self.write("u")
            self.write(_str_avoiding_backslashes(c.value, _MULTI_QUOTES))
            stmts = stmts[1:]
        for s in stmts:
            self.stmt(s)

    @staticmethod
    def docstring_node(s):
        if isinstance(s, Expr) and isinstance(s.value, Constant) and isinstance(s.value.value, str):
            return s.value
        return None

    def run(self, node):
        if isinstance(node, list):
            for s in node:
                self.stmt(s)
        elif isinstance(node, Module):
            self.body(node.body, True)
        elif isinstance(node, Interactive):
            self.body(node.body)
        elif isinstance(node, Expression):
            self.write(self.expr(node.body))
        elif isinstance(node, stmt):
            self.stmt(node)
        elif isinstance(node, FunctionType):
            self.write("(" + ", ".join(self.expr(e) for e in node.argtypes) + ") -> " +
                       self.expr(node.returns))
        else:
            self.write(self.any(node))
        return "".join(self.out)

    def stmt(self, s):
        m = getattr(self, 's_' + type(s).__name__, None)
        if m is None:
            raise ValueError(f"Unknown node type: {type(s).__name__}")
        m(s)

    def s_Expr(self, s):
        self.fill(self.expr(s.value, _P_YIELD))

    def s_NamedExpr(self, s):
        self.fill(self.expr(s))

    def s_Import(self, s):
        self.fill("import " + ", ".join(self.any(a) for a in s.names))

    def s_ImportFrom(self, s):
        self.fill("from " + "." * (s.level or 0) + (s.module or "") + " import " +
                  ", ".join(self.any(a) for a in s.names))

    def s_Assign(self, s):
        text = "".join(self.expr(t, _P_TUPLE) + " = " for t in s.targets)
        self.fill(text + self.expr(s.value) + self.type_comment(s))

    def type_comment(self, s):
        tc = getattr(s, 'type_comment', None)
        return f" # type: {tc}" if tc else ""

    def s_AugAssign(self, s):
        self.fill(self.expr(s.target) + " " + _BINOPS[type(s.op).__name__][0] + "= " +
                  self.expr(s.value))

    def s_AnnAssign(self, s):
        t = self.expr(s.target)
        if not s.simple and isinstance(s.target, Name):
            t = "(" + t + ")"
        text = t + ": " + self.expr(s.annotation)
        if s.value:
            text += " = " + self.expr(s.value)
        self.fill(text)

    def s_Return(self, s):
        self.fill("return" + (" " + self.expr(s.value) if s.value else ""))

    def s_Pass(self, s):
        self.fill("pass")

    def s_Break(self, s):
        self.fill("break")

    def s_Continue(self, s):
        self.fill("continue")

    def s_Delete(self, s):
        self.fill("del " + ", ".join(self.expr(t) for t in s.targets))

    def s_Assert(self, s):
        self.fill("assert " + self.expr(s.test) + (", " + self.expr(s.msg) if s.msg else ""))

    def s_Global(self, s):
        self.fill("global " + ", ".join(s.names))

    def s_Nonlocal(self, s):
        self.fill("nonlocal " + ", ".join(s.names))

    def s_Raise(self, s):
        text = "raise"
        if not s.exc:
            if s.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.fill(text)
            return
        text += " " + self.expr(s.exc)
        if s.cause:
            text += " from " + self.expr(s.cause)
        self.fill(text)

    def _try(self, s, star):
        self.fill("try")
        self.block(s.body)
        for h in s.handlers:
            self.handler(h, star)
        if s.orelse:
            self.fill("else")
            self.block(s.orelse)
        if s.finalbody:
            self.fill("finally")
            self.block(s.finalbody)

    def s_Try(self, s):
        self._try(s, False)

    def s_TryStar(self, s):
        self._try(s, True)

    def handler(self, h, star=False):
        text = "except*" if star else "except"
        if h.type:
            text += " " + self.expr(h.type)
        if h.name:
            text += " as " + h.name
        self.fill(text)
        self.block(h.body)

    def s_ClassDef(self, s):
        self.newline()
        for d in s.decorator_list:
            self.fill("@" + self.expr(d))
        text = "class " + s.name
        parts = [self.expr(b) for b in s.bases] + [self.any(k) for k in s.keywords]
        if parts:
            text += "(" + ", ".join(parts) + ")"
        self.fill(text)
        self.block(s.body, True)

    def _def(self, s, kw):
        self.newline()
        for d in s.decorator_list:
            self.fill("@" + self.expr(d))
        text = kw + " " + s.name + "(" + self.any(s.args) + ")"
        if s.returns:
            text += " -> " + self.expr(s.returns)
        self.fill(text)
        self.write(":" + self.type_comment(s))
        self.indent += 1
        self.body(s.body, True)
        self.indent -= 1

    def s_FunctionDef(self, s):
        self._def(s, "def")

    def s_AsyncFunctionDef(self, s):
        self._def(s, "async def")

    def _for(self, s, kw):
        self.fill(kw + self.expr(s.target, _P_TUPLE) + " in " + self.expr(s.iter))
        self.write(":" + self.type_comment(s))
        self.indent += 1
        self.body(s.body)
        self.indent -= 1
        if s.orelse:
            self.fill("else")
            self.block(s.orelse)

    def s_For(self, s):
        self._for(s, "for ")

    def s_AsyncFor(self, s):
        self._for(s, "async for ")

    def s_If(self, s):
        self.fill("if " + self.expr(s.test))
        self.block(s.body)
        while s.orelse and len(s.orelse) == 1 and isinstance(s.orelse[0], If):
            s = s.orelse[0]
            self.fill("elif " + self.expr(s.test))
            self.block(s.body)
        if s.orelse:
            self.fill("else")
            self.block(s.orelse)

    def s_While(self, s):
        self.fill("while " + self.expr(s.test))
        self.block(s.body)
        if s.orelse:
            self.fill("else")
            self.block(s.orelse)

    def _with(self, s, kw):
        self.fill(kw + ", ".join(self.any(i) for i in s.items))
        self.write(":" + self.type_comment(s))
        self.indent += 1
        self.body(s.body)
        self.indent -= 1

    def s_With(self, s):
        self._with(s, "with ")

    def s_AsyncWith(self, s):
        self._with(s, "async with ")

    def s_Match(self, s):
        self.fill("match " + self.expr(s.subject))
        self.write(":")
        self.indent += 1
        for case in s.cases:
            text = "case " + self.pattern(case.pattern)
            if case.guard:
                text += " if " + self.expr(case.guard)
            self.fill(text)
            self.block(case.body)
        self.indent -= 1

    # -- non-expression helper nodes --
    def any(self, node):
        if isinstance(node, expr):
            return self.expr(node)
        if isinstance(node, pattern):
            return self.pattern(node)
        m = getattr(self, 'n_' + type(node).__name__, None)
        if m is None:
            sub = _Unparser(self.avoid_backslashes)
            return sub.run(node)
        return m(node)

    def n_alias(self, a):
        return a.name + (" as " + a.asname if a.asname else "")

    def n_withitem(self, w):
        return self.expr(w.context_expr) + (
            " as " + self.expr(w.optional_vars) if w.optional_vars else "")

    def n_keyword(self, k):
        if k.arg is None:
            return "**" + self.expr(k.value)
        return k.arg + "=" + self.expr(k.value)

    def n_arg(self, a):
        return a.arg + (": " + self.expr(a.annotation) if a.annotation else "")

    def n_comprehension(self, c):
        text = " async for " if c.is_async else " for "
        text += self.expr(c.target, _P_TUPLE) + " in " + self.expr(c.iter, _next(_P_TEST))
        for cond in c.ifs:
            text += " if " + self.expr(cond, _next(_P_TEST))
        return text

    def n_arguments(self, a):
        parts = []
        allargs = a.posonlyargs + a.args
        defaults = [None] * (len(allargs) - len(a.defaults)) + a.defaults
        for i, (arg, d) in enumerate(zip(allargs, defaults), 1):
            t = self.n_arg(arg)
            if d:
                t += "=" + self.expr(d)
            if i == len(a.posonlyargs):
                t += ", /"
            parts.append(t)
        if a.vararg or a.kwonlyargs:
            t = "*"
            if a.vararg:
                t += self.n_arg(a.vararg)
            parts.append(t)
        for arg, d in zip(a.kwonlyargs, a.kw_defaults):
            t = self.n_arg(arg)
            if d:
                t += "=" + self.expr(d)
            parts.append(t)
        if a.kwarg:
            parts.append("**" + self.n_arg(a.kwarg))
        return ", ".join(parts)

    def n_match_case(self, c):
        sub = _Unparser(self.avoid_backslashes)
        sub.s_Match(Match(subject=Name("_"), cases=[c]))
        return "".join(sub.out)

    # -- expressions --
    def expr(self, e, prec=_P_TEST):
        m = getattr(self, 'e_' + type(e).__name__, None)
        if m is None:
            raise ValueError(f"Unknown node type: {type(e).__name__}")
        return m(e, prec)

    @staticmethod
    def paren(text, need):
        return "(" + text + ")" if need else text

    def items(self, elts, conv=None):
        conv = conv or self.expr
        if len(elts) == 1:
            return conv(elts[0]) + ","
        return ", ".join(conv(x) for x in elts)

    def e_Name(self, e, prec):
        return e.id

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", _INFSTR).replace("nan", f"({_INFSTR}-{_INFSTR})")
        if self.avoid_backslashes and isinstance(value, str):
            return _str_avoiding_backslashes(value)
        if isinstance(value, tuple):
            return "(" + self.items(value, self.constant) + ")"
        if value is ...:
            return "..."
        return repr(value)

    def e_Constant(self, e, prec):
        v = e.value
        if isinstance(v, tuple):
            return "(" + self.items(v, self.constant) + ")"
        if v is ...:
            return "..."
        return ("u" if e.kind == "u" else "") + self.constant(v)

    def e_Tuple(self, e, prec):
        return self.paren(self.items(e.elts), len(e.elts) == 0 or prec > _P_TUPLE)

    def e_List(self, e, prec):
        return "[" + ", ".join(self.expr(x) for x in e.elts) + "]"

    def e_Set(self, e, prec):
        if e.elts:
            return "{" + ", ".join(self.expr(x) for x in e.elts) + "}"
        return "{*()}"

    def e_Dict(self, e, prec):
        parts = []
        for k, v in zip(e.keys, e.values):
            if k is None:
                parts.append("**" + self.expr(v, _P_EXPR))
            else:
                parts.append(self.expr(k) + ": " + self.expr(v))
        return "{" + ", ".join(parts) + "}"

    def gens(self, e):
        return "".join(self.n_comprehension(g) for g in e.generators)

    def e_ListComp(self, e, prec):
        return "[" + self.expr(e.elt) + self.gens(e) + "]"

    def e_SetComp(self, e, prec):
        return "{" + self.expr(e.elt) + self.gens(e) + "}"

    def e_GeneratorExp(self, e, prec):
        return "(" + self.expr(e.elt) + self.gens(e) + ")"

    def e_DictComp(self, e, prec):
        return "{" + self.expr(e.key) + ": " + self.expr(e.value) + self.gens(e) + "}"

    def e_NamedExpr(self, e, prec):
        return self.paren(self.expr(e.target, _P_ATOM) + " := " + self.expr(e.value, _P_ATOM),
                          prec > _P_NAMED)

    def e_BinOp(self, e, prec):
        op, p = _BINOPS[type(e.op).__name__]
        if op == "**":
            lp, rp = _next(p), p
        else:
            lp, rp = p, _next(p)
        return self.paren(self.expr(e.left, lp) + " " + op + " " + self.expr(e.right, rp),
                          prec > p)

    def e_UnaryOp(self, e, prec):
        op, p = _UNOPS[type(e.op).__name__]
        text = op + ("" if p == _P_FACTOR else " ") + self.expr(e.operand, p)
        return self.paren(text, prec > p)

    def e_BoolOp(self, e, prec):
        op, p = _BOOLOPS[type(e.op).__name__]
        start = p
        parts = []
        for v in e.values:
            p = _next(p)
            parts.append(self.expr(v, p))
        return self.paren((" " + op + " ").join(parts), prec > start)

    def e_Compare(self, e, prec):
        text = self.expr(e.left, _next(_P_CMP))
        for o, c in zip(e.ops, e.comparators):
            text += " " + _CMPOPS[type(o).__name__] + " " + self.expr(c, _next(_P_CMP))
        return self.paren(text, prec > _P_CMP)

    def e_IfExp(self, e, prec):
        text = (self.expr(e.body, _next(_P_TEST)) + " if " + self.expr(e.test, _next(_P_TEST)) +
                " else " + self.expr(e.orelse, _P_TEST))
        return self.paren(text, prec > _P_TEST)

    def e_Lambda(self, e, prec):
        args = self.n_arguments(e.args)
        text = "lambda" + (" " + args if args else "") + ": " + self.expr(e.body, _P_TEST)
        return self.paren(text, prec > _P_TEST)

    def e_Await(self, e, prec):
        text = "await" + (" " + self.expr(e.value, _P_ATOM) if e.value else "")
        return self.paren(text, prec > _P_AWAIT)

    def e_Yield(self, e, prec):
        text = "yield" + (" " + self.expr(e.value, _P_ATOM) if e.value else "")
        return self.paren(text, prec > _P_YIELD)

    def e_YieldFrom(self, e, prec):
        if not e.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self.paren("yield from " + self.expr(e.value, _P_ATOM), prec > _P_YIELD)

    def e_Call(self, e, prec):
        parts = [self.expr(a) for a in e.args] + [self.n_keyword(k) for k in e.keywords]
        return self.expr(e.func, _P_ATOM) + "(" + ", ".join(parts) + ")"

    def e_Starred(self, e, prec):
        return "*" + self.expr(e.value, _P_EXPR)

    def e_Attribute(self, e, prec):
        text = self.expr(e.value, _P_ATOM)
        if isinstance(e.value, Constant) and isinstance(e.value.value, int):
            text += " "
        return text + "." + e.attr

    def e_Subscript(self, e, prec):
        text = self.expr(e.value, _P_ATOM)
        s = e.slice
        if isinstance(s, Tuple) and s.elts:
            inner = self.items(s.elts)
        else:
            inner = self.expr(s)
        return text + "[" + inner + "]"

    def e_Slice(self, e, prec):
        text = self.expr(e.lower) if e.lower else ""
        text += ":"
        if e.upper:
            text += self.expr(e.upper)
        if e.step:
            text += ":" + self.expr(e.step)
        return text

    # f-strings
    def fstring_inner(self, e):
        if isinstance(e, JoinedStr):
            return "".join(self.fstring_inner(v) for v in e.values)
        if isinstance(e, Constant) and isinstance(e.value, str):
            return e.value.replace("{", "{{").replace("}", "}}")
        if isinstance(e, FormattedValue):
            return self.formatted(e)
        raise ValueError(f"Unexpected node inside JoinedStr, {e!r}")

    def formatted(self, e):
        inner = _Unparser(True).expr(e.value, _next(_P_TEST))
        if "\\" in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if inner.startswith("{") else "") + inner
        if e.conversion != -1:
            text += "!" + chr(e.conversion)
        if e.format_spec:
            text += ":" + self.fstring_inner(e.format_spec)
        return text + "}"

    def e_JoinedStr(self, e, prec):
        if self.avoid_backslashes:
            body = self.fstring_inner(e)
            return "f" + _str_avoiding_backslashes(body)
        quotes = list(_ALL_QUOTES)
        parts = []
        for v in e.values:
            piece = self.fstring_inner(v)
            piece, quotes = _str_literal(piece, quote_types=quotes,
                                         escape_ws=isinstance(v, Constant))
            parts.append(piece)
        return "f" + quotes[0] + "".join(parts) + quotes[0]

    def e_FormattedValue(self, e, prec):
        return self.e_JoinedStr(JoinedStr(values=[e]), prec)

    # patterns
    def pattern(self, p, prec=_P_TEST):
        return getattr(self, 'p_' + type(p).__name__)(p, prec)

    def p_MatchValue(self, p, prec):
        return self.expr(p.value)

    def p_MatchSingleton(self, p, prec):
        return self.constant(p.value)

    def p_MatchSequence(self, p, prec):
        return "[" + ", ".join(self.pattern(x) for x in p.patterns) + "]"

    def p_MatchStar(self, p, prec):
        return "*" + (p.name if p.name is not None else "_")

    def p_MatchMapping(self, p, prec):
        parts = [self.expr(k) + ": " + self.pattern(v) for k, v in zip(p.keys, p.patterns)]
        if p.rest is not None:
            parts.append("**" + p.rest)
        return "{" + ", ".join(parts) + "}"

    def p_MatchClass(self, p, prec):
        parts = [self.pattern(x) for x in p.patterns]
        parts += [a + "=" + self.pattern(x) for a, x in zip(p.kwd_attrs, p.kwd_patterns)]
        return self.expr(p.cls, _P_ATOM) + "(" + ", ".join(parts) + ")"

    def p_MatchAs(self, p, prec):
        if p.pattern is None:
            return p.name if p.name is not None else "_"
        text = self.pattern(p.pattern, _P_BOR) + " as " + p.name
        return self.paren(text, prec > _P_TEST)

    def p_MatchOr(self, p, prec):
        text = " | ".join(self.pattern(x, _next(_P_BOR)) for x in p.patterns)
        return self.paren(text, prec > _P_BOR)


def unparse(ast_obj):
    return _Unparser().run(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    if args.infile == '-':
        source = sys.stdin.buffer.read()
        name = '<stdin>'
    else:
        with open(args.infile, 'rb') as f:
            source = f.read()
        name = args.infile
    tree = parse(source, name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
