"""Recursive-descent calculator: tokenizer, parser to an AST, evaluator, printer."""
from dataclasses import dataclass, field
from enum import Enum, auto
import math
import re


class Kind(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    END = auto()


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Unary:
    op: str
    operand: object


@dataclass
class Call:
    func: str
    args: list = field(default_factory=list)


@dataclass
class Assign:
    name: str
    value: object


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at position {pos}")


TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+\.?\d*(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)"
                      r"|(?P<op>\*\*|[-+*/%^=])|(?P<lp>\()|(?P<rp>\))|(?P<comma>,))")
KINDS = {"num": Kind.NUM, "name": Kind.NAME, "op": Kind.OP, "lp": Kind.LPAREN,
         "rp": Kind.RPAREN, "comma": Kind.COMMA}


def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected character {src[pos]!r}", pos)
        group = m.lastgroup
        yield Token(KINDS[group], m.group(group), m.start(group))
        pos = m.end()
    yield Token(Kind.END, "", pos)


class Parser:
    """expr := term (('+'|'-') term)*; term := unary (('*'|'/'|'%') unary)*;
    unary := '-' unary | power; power := atom ('**'|'^' unary)?"""

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind is not kind or (text is not None and t.text != text):
            want = text or kind.name
            got = t.text or "end of input"
            raise CalcError(f"expected {want}, got {got!r}", t.pos)
        self.i += 1
        return t

    def parse(self):
        if (self.tok.kind is Kind.NAME and self.tokens[self.i + 1].kind is Kind.OP
                and self.tokens[self.i + 1].text == "="):
            name = self.eat(Kind.NAME).text
            self.eat(Kind.OP, "=")
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        self.eat(Kind.END)
        return node

    def expr(self):
        node = self.term()
        while self.tok.kind is Kind.OP and self.tok.text in "+-":
            op = self.eat(Kind.OP).text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.tok.kind is Kind.OP and self.tok.text in ("*", "/", "%"):
            op = self.eat(Kind.OP).text
            node = BinOp(op, node, self.unary())
        return node

    def unary(self):
        if self.tok.kind is Kind.OP and self.tok.text in "+-":
            return Unary(self.eat(Kind.OP).text, self.unary())
        return self.power()

    def power(self):
        node = self.atom()
        if self.tok.kind is Kind.OP and self.tok.text in ("**", "^"):
            self.eat(Kind.OP)
            node = BinOp("**", node, self.unary())
        return node

    def atom(self):
        t = self.tok
        if t.kind is Kind.NUM:
            self.i += 1
            return Num(float(t.text) if any(c in t.text for c in ".eE") else int(t.text))
        if t.kind is Kind.NAME:
            self.i += 1
            if self.tok.kind is Kind.LPAREN:
                self.eat(Kind.LPAREN)
                args = []
                if self.tok.kind is not Kind.RPAREN:
                    args.append(self.expr())
                    while self.tok.kind is Kind.COMMA:
                        self.eat(Kind.COMMA)
                        args.append(self.expr())
                self.eat(Kind.RPAREN)
                return Call(t.text, args)
            return Var(t.text)
        if t.kind is Kind.LPAREN:
            self.eat(Kind.LPAREN)
            node = self.expr()
            self.eat(Kind.RPAREN)
            return node
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
         "hypot": math.hypot, "floor": math.floor, "gcd": math.gcd}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


class Evaluator:
    def __init__(self):
        self.env = {"pi": math.pi, "e": math.e}

    def eval(self, node):
        match node:
            case Num(value=v):
                return v
            case Var(name=n):
                if n not in self.env:
                    raise CalcError(f"undefined variable {n!r}")
                return self.env[n]
            case Unary("-", operand):
                return -self.eval(operand)
            case Unary(_, operand):
                return self.eval(operand)
            case BinOp("/", _, right) if self.eval(right) == 0:
                raise CalcError("division by zero")
            case BinOp(op, left, right):
                return OPS[op](self.eval(left), self.eval(right))
            case Call(func, args) if func in FUNCS:
                return FUNCS[func](*[self.eval(a) for a in args])
            case Call(func):
                raise CalcError(f"unknown function {func}()")
            case Assign(name, value):
                self.env[name] = result = self.eval(value)
                return result
        raise CalcError(f"bad node {node!r}")


def unparse(node):
    if isinstance(node, Num):
        return repr(node.value)
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Unary):
        return f"({node.op}{unparse(node.operand)})"
    if isinstance(node, BinOp):
        return f"({unparse(node.left)} {node.op} {unparse(node.right)})"
    if isinstance(node, Call):
        return f"{node.func}({', '.join(map(unparse, node.args))})"
    return f"{node.name} := {unparse(node.value)}"


def depth(node):
    children = [v for v in vars(node).values() if hasattr(v, "__dataclass_fields__")]
    children += [a for a in getattr(node, "args", [])]
    return 1 + max(map(depth, children), default=0)


def main():
    print([(t.kind.name, t.text) for t in tokenize("3.5*(x + 2)**2")])
    print(Token(Kind.OP, "+", 3), Kind.NUM, Kind(2), Kind["OP"].value, len(Kind))
    ev = Evaluator()
    lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 % 3 - -1",
             "x = 10 / 4", "y = x * 2 + sqrt(16)", "max(x, y, 3) - min(1, 2)",
             "hypot(3, 4) + abs(-2.5)", "gcd(48, 18) * floor(pi)", "1e3 / 8",
             "r = 2", "area = pi * r ** 2", "1 / (x - 2.5)", "foo(1)", "z + 1",
             "3 +", "2 * (3 + 4", "4 $ 2", "(1, 2)", "10 - 4 - 3"]
    for src in lines:
        try:
            tree = Parser(src).parse()
            value = ev.eval(tree)
        except CalcError as exc:
            print(f"{src:<26} !! {exc}")
        else:
            if isinstance(value, float):
                value = round(value, 6)
            print(f"{src:<26} => {value!r:<12} {unparse(tree)}  depth={depth(tree)}")
    print("env:", {k: round(v, 4) for k, v in sorted(ev.env.items())})
    t1 = Parser("a + b * 2").parse()
    t2 = Parser("a+b*2").parse()
    print("equal trees:", t1 == t2, t1)
    print("call:", Call("f"), Call("f") == Call("f", []))
    try:
        Token(Kind.END, "", 0).pos = 3
    except AttributeError as exc:
        print("frozen:", type(exc).__name__, exc)
    print("hashable:", len({Token(Kind.NUM, "1", 0), Token(Kind.NUM, "1", 0)}))


if __name__ == "__main__":
    main()
