# Dynamic attribute manipulation: __class__/__dict__ assignment, cached_property, weakref, metaclass properties.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
try: a.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
o = A(); o.__dict__ = {"x": 1}; print(o.x)
try: o.__dict__ = 5
except TypeError as e: print(e)
try:
    class K(x=1): pass
except TypeError as e: print(e)
try: super()
except RuntimeError as e: print(e)
class SM:
    @staticmethod
    def s():
        try: return super().__repr__
        except RuntimeError as e: return str(e)
print(SM.s())
import functools
class Cached:
    calls = 0
    @functools.cached_property
    def value(self):
        Cached.calls += 1
        return 42
c = Cached(); print(c.value, c.value, Cached.calls, "value" in c.__dict__)
import weakref
class W: pass
w = W(); r = weakref.ref(w); print(r() is w); del w; print(r())
class Slotted:
    __slots__ = ("a",)
try: weakref.ref(Slotted())
except TypeError as e: print(e)
class Rec:
    def __getattr__(self, name):
        if name == "loop": return self.other_missing
        raise AttributeError(name)
try: Rec().loop
except AttributeError as e: print("AttributeError", e)
class MetaProp(type):
    @property
    def meta_prop(cls): return f"meta_prop of {cls.__name__}"
class UsesMetaProp(metaclass=MetaProp): pass
print(UsesMetaProp.meta_prop, hasattr(UsesMetaProp(), "meta_prop"))
class Base:
    def __init_subclass__(cls, /, **kwargs):
        print("init_subclass kwargs", kwargs)
        super().__init_subclass__()
class Sub(Base, flag=True): pass
print(type(Sub).__name__, Sub.__init_subclass__.__self__ is Sub)
class VarsDemo:
    cls_attr = 1
    def __init__(self): self.inst = 2
print(vars(VarsDemo()), "cls_attr" in vars(VarsDemo), type(vars(VarsDemo)).__name__)
try: VarsDemo.__dict__["new"] = 1
except TypeError as e: print(e)
setattr(VarsDemo, "added", 3); print(VarsDemo().added)
delattr(VarsDemo, "added"); print(hasattr(VarsDemo, "added"))
try: del VarsDemo().cls_attr
except AttributeError as e: print(e)
try: object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: setattr(object, "x", 1)
except TypeError as e: print(e)
try: int.new_attr = 1
except TypeError as e: print(e)
try: list.append = None
except TypeError as e: print(e)
print(getattr(A, "who")(B()), A.who.__qualname__, A.__dict__["who"](a), A.__name__, A.__qualname__)
class Dyn: pass
Dyn.method = lambda self: "dynamic method"
print(Dyn().method(), Dyn.__dict__["method"].__name__)
inst = Dyn(); inst.method = lambda: "instance lambda"; print(inst.method())
import types
inst.bound = types.MethodType(lambda self: type(self).__name__, inst); print(inst.bound())
print(type(A.who).__name__, type(a.who).__name__, type(SM.s).__name__, type(SM.__dict__["s"]).__name__)
