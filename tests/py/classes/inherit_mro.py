# Inheritance, MRO, super() in all its forms.
class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C>" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
print(D.mro() == list(D.__mro__), B.__bases__, D.__base__.__name__, A.__subclasses__())
print(super(B, D()).who(), super(C, D()).chain(), super(D, D).who(D()))
class E: pass
try:
    class Bad(A, B): pass
except TypeError as e: print(e)
try:
    class Dup(A, A): pass
except TypeError as e: print(e)
class O1: pass
class O2(O1): pass
class O3(O1): pass
class O4(O2, O3, E): pass
print([k.__name__ for k in O4.__mro__])
print(isinstance(D(), A), issubclass(D, (E, C)), issubclass(D, D), isinstance(1, (str, (int,))))
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
d = Derived(1, 2); print(d.x, d.y, vars(d))
class NoInit(Base): pass
print(NoInit(7).x)
class Cls:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(a): return a * 2
    def inst(self): return type(self).__name__
class Sub(Cls): pass
print(Sub.make(), Sub().make(), Sub.st(2), Sub().st(3), Sub().inst(), Cls.inst(Sub()))
class WithSuperCls(Sub):
    @classmethod
    def make(cls): return "W:" + super().make()
print(WithSuperCls.make())
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("neg")
        self._v = val
    @v.deleter
    def v(self): print("deleting"); self._v = None
p = Prop(); p.v = 5; print(p.v, Prop.v.__doc__); del p.v; print(p.v)
try: p.v = -1
except ValueError as e: print(e)
class RO:
    @property
    def r(self): return 1
try: RO().r = 2
except AttributeError as e: print(e)
try: del RO().r
except AttributeError as e: print(e)
class PropSub(Prop):
    @Prop.v.getter
    def v(self): return ("sub", self._v)
ps = PropSub(); ps.v = 3; print(ps.v)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, "__dict__"), Slotted.__slots__)
try: s.c = 1
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
class SlotSub(Slotted): pass
ss = SlotSub(); ss.c = 3; print(ss.c, hasattr(ss, "__dict__"))
class SuperAttr(A):
    def get(self): return super().who, super().__class__.__name__
print(SuperAttr().get()[0](), SuperAttr().get()[1])
try: super(int, "s")
except TypeError as e: print(e)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(type(D()).__name__, D().__class__ is D, object in D.__mro__, type(D) is type)
class Override(dict):
    def __getitem__(self, k): return "over-" + super().__getitem__(k)
o = Override(a="x"); print(o["a"], o.get("a"), dict.__getitem__(o, "a"))
class L(list):
    def append(self, v): super().append(v * 2)
l = L([1]); l.append(5); print(l, len(l), type(l[:]).__name__, isinstance(l, list))
