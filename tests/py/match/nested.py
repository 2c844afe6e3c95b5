# Nested patterns, captures in many positions, scopes (cells, class
# bodies, generators), custom __eq__, dataclass options.
from dataclasses import dataclass, field


class Eq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("Eq.__eq__", self.tag, other)
        return other == 5


match Eq("subject"):
    case 5:
        print("matched 5 via subject.__eq__")


def deep(v):
    match v:
        case [a, b, *c, d, e]:
            return ("five+", a, b, c, d, e)
        case [first, (x, "k") | ("k", x), {"m": [y, *ys]}]:
            return ("mixed", first, x, y, ys)
        case {"a": [1, {"b": (1 | 2) as whole}]} if False:
            return ("never",)
        case {"a": [1, {"b": inner}]}:
            return ("inner", inner)
        case ((1 | 2) as one, (3 | 4) as two):
            return ("or-as", one, two)
        case _:
            return ("no",)


for v in [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4], [0, (7, "k"), {"m": [8, 9, 10]}],
          [0, ("k", 6), {"m": [1]}], {"a": [1, {"b": 2}]}, (2, 4), (2, 5), [0, (1, 2), {}]]:
    print(deep(v))


def closure():
    match {"n": 3}:
        case {"n": n}:
            def inner():
                nonlocal n
                n += 1
                return n
    return inner() + inner()


print(closure())


class Body:
    match (1, 2):
        case (one, two):
            total = one + two


print(Body.one, Body.two, Body.total)


def gen(items):
    for it in items:
        match it:
            case int(i):
                yield i * 2
            case [int(i), *_]:
                yield i
            case _:
                yield None


print(list(gen([1, [5, 6], "x", []])))

if (n := 4) and True:
    match n:
        case 4 if (m := n * 2) > 7:
            print("walrus in guard", m)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


@dataclass(match_args=False)
class Quiet:
    a: int


@dataclass
class KwOnly:
    a: int
    b: int = field(kw_only=True, default=0)


print(Node.__match_args__, KwOnly.__match_args__, hasattr(Quiet, "__match_args__"))


def total(n):
    match n:
        case Node(v, []):
            return v
        case Node(v, [*kids]):
            return v + sum(total(k) for k in kids)


print(total(Node(1, [Node(2), Node(3, [Node(4)])])))

try:
    match Quiet(1):
        case Quiet(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match KwOnly(1, b=2):
    case KwOnly(a, b=b):
        print("kwonly", a, b)

# Or-patterns capturing in different orders, below other captures.
for v in [(1, (2, 3)), (1, [3, 2, "r"])]:
    match v:
        case (z, (p, q) | [q, p, "r"]):
            print("z p q", z, p, q)

# The subject is matched, not re-evaluated, and survives failed cases.
calls = []


def subj():
    calls.append(1)
    return {"x": [1, 2]}


match subj():
    case {"x": [1]}:
        pass
    case {"x": [_, _, _]}:
        pass
    case {"y": _}:
        pass
    case {"x": [a1, b1]}:
        print("found", a1, b1, "calls", len(calls))

# Tracebacks point into the pattern.
import traceback


def bad():
    match 3:
        case 1:
            pass
        case int(1, 2):
            pass


try:
    bad()
except TypeError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1])
    print(lines[-3].strip())
