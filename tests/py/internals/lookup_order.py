class DataDesc:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"data:{self.name}"
    def __set__(self, obj, value):
        print(f"__set__ {self.name}={value!r}")
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print(f"__delete__ {self.name}")

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata" if obj is not None else "nondata-class"

print("-- class creation")
class C:
    d = DataDesc()
    n = NonData()
    plain = "class attr"
    def __init__(self):
        self.__dict__["d"] = "inst-d"
        self.__dict__["n"] = "inst-n"
        self.plain = "inst plain"

c = C()
print(c.d, c.n, c.plain)
print(C.d.__class__.__name__, C.n)
c.d = 5
del c.d
print(sorted(c.__dict__))
del c.__dict__["n"]
print(c.n)

class Tracer:
    def __init__(self):
        self.existing = "value"
    def __getattribute__(self, name):
        print(f"  getattribute({name})")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print(f"  getattr({name})")
        if name.startswith("x"):
            raise AttributeError(name)
        return f"default-{name}"

t = Tracer()
print(t.existing)
print(t.missing)
try:
    t.xyz
except AttributeError as e:
    print("AttributeError", e)
print(getattr(t, "xval", "fallback"))
print(hasattr(t, "existing"))

class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val

p = Prop()
p.v = 3
print(p.v, Prop.v.__doc__, type(Prop.v).__name__)
try:
    p.v = -1
except ValueError as e:
    print("ValueError", e)
try:
    del p.v
except AttributeError as e:
    print("AttributeError", e)

class RO:
    @property
    def x(self): return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError", e)

class Base:
    attr = "base"
    def who(self): return "Base.who"
class Mid(Base):
    def who(self): return "Mid>" + super().who()
class Leaf(Mid):
    attr = "leaf"
    def who(self): return "Leaf>" + super().who()
print(Leaf().who(), Leaf.attr, Mid.attr)
print([k.__name__ for k in Leaf.__mro__])
print(type(Leaf.__dict__["who"]).__name__, type(Leaf().who).__name__)
bound = Leaf().who
print(bound.__func__ is Leaf.__dict__["who"], bound.__self__.__class__.__name__)

class SM:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
print(SM.s(), SM().s(), SM.c(), SM().c())
print(type(SM.__dict__["s"]).__name__, type(SM.__dict__["c"]).__name__)
print(SM.__dict__["c"].__get__(None, SM)())

o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
class Ga:
    def __getattr__(self, n): return n * 2
g = Ga()
g.real = 1
print(g.real, g.ab, vars(g))
print(C.__dict__["plain"], "d" in vars(C), type(vars(C)).__name__)
