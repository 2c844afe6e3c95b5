import sys

a = 256; b = 256
print("256 is 256:", a is b)
x = int("257"); y = int("257")
print("runtime 257 is:", x is y, x == y)
n1 = int("-5"); n2 = int("-5")
print("-5 cached:", n1 is n2)
n3 = int("-6"); n4 = int("-6")
print("-6 cached:", n3 is n4)
hundred = 100
print("small ints via arithmetic:", (hundred + 1) is int("101"))

s1 = "hello"; s2 = "hello"
print("literal interned:", s1 is s2)
s3 = "".join(["hel", "lo"])
print("joined is literal:", s3 is s1, s3 == s1)
print("intern joined:", sys.intern(s3) is s1)
a1 = sys.intern("hello world!")
a2 = sys.intern("".join(["hello ", "world!"]))
print("sys.intern:", a1 is a2)
sa = "a"; se = ""; te = ()
abc = "abc"; zero = 0
print("empty slice cached:", abc[1:1] is se, abc[0] == sa)
print("empty str:", se is str(), (sa * zero) is se)
print("empty tuple:", te is tuple(), tuple([]) is te)
print("empty frozenset:", frozenset() == frozenset([]))
print("None/True/False singletons:", type(None)() is None, bool(1) is True)
print("Ellipsis:", ... is Ellipsis, type(...).__name__, NotImplemented.__class__.__name__)

def f():
    return (1, 2, 3)
print("constant tuple reused:", f() is f())
def g():
    return [1, 2, 3]
print("list rebuilt:", g() is g(), g() == g())

L = [1, 2]
M = L
M += [3]
print("+= list in place:", L is M, L)
T = (1, 2)
U = T
U += (3,)
print("+= tuple rebinds:", T is U, T, U)
s = "ab"
t = s
t += "c"
print("+= str rebinds:", s, t)

print("is vs ==:", [1] == [1], [1] is [1])
nan = float("nan")
lst = [nan]
print("nan in list (identity first):", nan in lst, nan == nan, lst == lst, [float("nan")] == [float("nan")])

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("  __eq__ called")
        return isinstance(other, Eq) and self.v == other.v
    __hash__ = None
e = Eq(1)
print("in uses identity first:", e in [e])
print("in falls back to eq:", Eq(1) in [Eq(1)])
try:
    hash(e)
except TypeError as err:
    print("TypeError:", err)

class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
d = {H(1): "one"}
print("dict lookup by equal key:", d[H(1)])
print("hash(-1) == hash(-2):", hash(-1), hash(-2), hash(-1) == hash(-2))
print("hash of ints:", hash(0), hash(1), hash(2**61 - 1), hash(2**61), hash(-2**61))
print("hash of float==int:", hash(1.0) == hash(1), hash(1.5), hash(True))
print("hash tuple stable:", hash((1, 2)) == hash((1, 2)))
print("1 == 1.0 == True as keys:", {1: "a", 1.0: "b", True: "c"})
print("type identity:", type(1) is int, type(True) is bool, isinstance(True, int))
print("bool subclass:", bool.__mro__, int.__subclasses__()[:0])
print("ids distinct while alive:", id([]) == id([]) or True)
print(sys.getrefcount(None) > 100, sys.getrefcount(12345678901234) >= 2)
