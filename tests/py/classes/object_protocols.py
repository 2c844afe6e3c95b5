# Object protocol rules: __eq__/__hash__ interplay, instance checks, mro entries, slots, abc, __del__.
class E:
    def __eq__(self, o): return True
print(E() != E(), E() == 1, 1 == E(), E.__hash__ is None)
class NE:
    def __ne__(self, o): return "ne called"
print(NE() != 1, NE() == NE())
class Parent:
    def __hash__(self): return 5
class ChildEq(Parent):
    def __eq__(self, o): return False
print(ChildEq.__hash__, hash(Parent()))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
class Entries:
    def __mro_entries__(self, bases): return (dict,)
class FromEntries(Entries()): pass
print(FromEntries.__bases__, type(FromEntries.__orig_bases__[0]).__name__)
class MetaGetattr(type):
    def __getattr__(cls, name): return f"meta:{name}"
class MG(metaclass=MetaGetattr): x = 1
print(MG.x, MG.anything)
try:
    class S1:
        __slots__ = ("a",)
        a = 5
except ValueError as e: print(e)
class SD:
    __slots__ = ("x", "__dict__")
sd = SD(); sd.x = 1; sd.y = 2; print(sd.x, sd.__dict__)
class Base:
    __slots__ = ()
class Leaf(Base):
    __slots__ = ("v",)
print(Leaf.__slots__, hasattr(Leaf(), "__dict__"))
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: AB()
except TypeError as e: print(e)
class Impl(AB):
    def run(self): return "ran"
    name = "impl"
print(Impl().run(), Impl().name, isinstance(Impl(), AB))
class Half(AB):
    def run(self): return 1
try: Half()
except TypeError as e: print(e)
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), isinstance("s", Reg))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object().__eq__(None))
class Init:
    def __init__(self): return None
try:
    class BadInit:
        def __init__(self): return 5
    BadInit()
except TypeError as e: print(e)
class ReprFallback: pass
print(str(ReprFallback()).startswith("<__main__.ReprFallback object at"), repr(ReprFallback).replace("__main__.", ""))
class DelOrder:
    def __del__(self): print("__del__", self.n)
    def __init__(self, n): self.n = n
a = DelOrder(1); a = None; b = DelOrder(2); del b
print("after dels")
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    __hash__ = object.__hash__
print(Cmp(1) == Cmp(1), Cmp(1) in [Cmp(1)], [Cmp(2)].index(Cmp(2)), [Cmp(1), Cmp(1)].count(Cmp(1)))
print(type.__dict__["__name__"].__get__(int), int.__dict__["bit_length"](7), type(int.__dict__["from_bytes"]).__name__)
class Cnt:
    n = 0
    def __init_subclass__(cls): Cnt.n += 1
class A1(Cnt): pass
class A2(A1): pass
print(Cnt.n)
class AttrOrder:
    z = 1; a = 2; m = 3
print([k for k in AttrOrder.__dict__ if not k.startswith("__")])
