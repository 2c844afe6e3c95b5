# Runtime semantics: evaluation order, the subject evaluated once, guards,
# captures after a failed guard, mappings and sequences by ABC.
import collections
import collections.abc
import enum


def subject():
    print("subject evaluated")
    return [1, 2, 3]


match subject():
    case [1]:
        print("no")
    case [1, 2]:
        print("no")
    case [1, *rest]:
        print("rest", rest)

# Guards run in order, only when the pattern matched; a failed guard keeps
# the captures bound (CPython's behaviour).
def g(tag, v):
    print("guard", tag)
    return v


match (1, 2):
    case (a, b) if g("first", False):
        print("no")
    case (c, 3) if g("never", True):
        print("no")
    case (d, e) if g("second", True):
        print("yes", a, b, d, e)

try:
    print(c)
except NameError as ex:
    print("NameError", ex)

# A partially matched pattern binds nothing.
match [1, 2]:
    case [x1, 3]:
        pass
    case _:
        pass
print("x1" in globals())


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Const:
    LIMIT = 10


def colour(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Const.LIMIT:
            return "green or ten"
        case _:
            return "?"


print(colour(Color.RED), colour(Color.GREEN), colour(10), colour(1))

# Mapping patterns: extra keys allowed, **rest copies, .get() is used.
class MyMap(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)


class Registered:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Registered)

for s in [{"a": 1, "b": 2, "c": 3}, MyMap({"a": 5}), MyMap({"b": 1}), {"a": None},
          collections.OrderedDict(a=7), collections.defaultdict(int, a=8)]:
    match s:
        case {"a": None}:
            print("a is None")
        case {"a": v, **others}:
            print("a =", v, "others =", others)
        case {}:
            print("some mapping", type(s).__name__)

for s in [(1, 2), range(2), collections.deque([3, 4]), Registered([5, 6]), "ab", b"ab",
          bytearray(b"ab"), [7, 8], {1: 2}, {1, 2}, iter([1, 2]), memoryview(b"ab")]:
    match s:
        case [p, q]:
            print(type(s).__name__, "pair", p, q)
        case _:
            print(type(s).__name__, "not a sequence pair")

# Star in the middle, nested, and sub-pattern order of or-alternatives.
match [1, [2, 3], 4, 5, 6]:
    case [first, [_, inner], *middle, last]:
        print(first, inner, middle, last)

for v in [(1, "a", 2), ("b", 3, 1)]:
    match v:
        case (x, "a", y) | ("b", y, x):
            print("x", x, "y", y)

match {"k": 1}:
    case {"k": 1 | 2 as kv}:
        print("kv", kv)

# Duplicate keys discovered at runtime (dotted names) raise ValueError.
class K:
    A = "x"
    B = "x"


try:
    match {"x": 1}:
        case {K.A: 1, K.B: 1}:
            print("no")
except ValueError as ex:
    print("ValueError", ex)

# Literal patterns compare with ==, singletons with is.
for v in [0, 0.0, False, 1.0, True, None, -2, 3 + 4j, "s", b"b"]:
    match v:
        case False:
            print(repr(v), "is False")
        case 1:
            print(repr(v), "== 1")
        case None:
            print(repr(v), "is None")
        case -2:
            print(repr(v), "== -2")
        case 3 + 4j:
            print(repr(v), "complex")
        case "s" | b"b":
            print(repr(v), "str/bytes literal")
        case 0:
            print(repr(v), "== 0")


def in_loop():
    out = []
    for i in range(6):
        match i:
            case 1:
                continue
            case 4:
                break
            case n:
                out.append(n)
    return out


print(in_loop())

# Closures over captured names.
def make():
    match (1, 2):
        case (a, b):
            return lambda: a + b


print(make()())
