# Subclasses of built-in types: result types, overridden dunders, hashing, exceptions.
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), type(s + "x").__name__, type(s[0]).__name__, type(s.upper()).__name__, s == "hi", hash(s) == hash("hi"), repr(s))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, type(-m).__name__, f"{m}", str(m), "%d" % m, m.real, type(m.real).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3) * 2)
try: Pos(-1)
except ValueError as e: print(e)
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = "x"
ml = MyList([3, 1]); ml.sort(); print(ml, ml.extra, type(ml + [1]).__name__, type(ml[:]).__name__, type(ml * 2).__name__)
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
md = MyDict(a=1); md["b"] = 2; md.update(c=3); print(md, md.copy(), type(md.copy()).__name__)
class MyTuple(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
    def total(self): return sum(self)
mt = MyTuple(1, 2, 3); print(mt, mt.total(), type(mt[1:]).__name__, len(mt))
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(2.0) * 2).__name__, MyFloat("2.5"), MyFloat(1.0).is_integer())
class MySet(set): pass
ms = MySet([1, 2]); print(sorted(ms | {3}), type(ms | {3}).__name__, type(ms.copy()).__name__)
class MyBytes(bytes): pass
print(MyBytes(b"ab"), type(MyBytes(b"ab")[0:1]).__name__, MyBytes(b"x").decode())
class MyException(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try: raise MyException(404, "not found")
except ValueError as e: print(e.code, e, e.args, repr(e))
class NoSuperInit(Exception):
    def __init__(self, a, b): self.a = a
e = NoSuperInit(1, 2); print(e.args, str(e), repr(e))
class KeepArgs(Exception):
    def __init__(self, *args): pass
print(KeepArgs(1, 2).args)
print(isinstance(True, MyInt), issubclass(MyInt, int), MyInt.__mro__[1].__name__, int.__subclasses__().__class__.__name__)
class Temperature(float):
    def __new__(cls, celsius): return super().__new__(cls, celsius)
    @property
    def fahrenheit(self): return self * 9 / 5 + 32
print(Temperature(100).fahrenheit, round(Temperature(37.5), 0), Temperature(0) < 1)
class D2(dict):
    def __getitem__(self, k): return k
d2 = D2(); print(d2["q"], d2.get("q"), {**D2(a=1)}, dict(D2(a=1)))
class StrKey(str):
    def __hash__(self): return hash(str(self))
    def __eq__(self, o): return str(self) == str(o)
print({StrKey("a"): 1}["a"], "a" in {StrKey("a")})
class IntLike(int):
    def __index__(self): return 2
print([0, 1, 2, 3][IntLike(1)], range(10)[IntLike(3)])
print(bool.__subclasses__(), int("5") + True, str.__len__("abc"), list.__len__([1]))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [5, -5, 2**61, 2**61 - 1, 2**62, -2**62, -6358602480330703359, 6358602480330703359, 2**63 - 1, -2**63, 2**63, 2**64, -1, -2**63 - 1]:
    print(v, hash(H(v)))
