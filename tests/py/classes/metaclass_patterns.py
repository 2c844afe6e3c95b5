# Metaclass patterns: __prepare__ mappings, call counting, factories, class vs instance attributes.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"): self.order.append(k)
        super().__setitem__(k, v)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = ns.order
        return cls
class Form(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    def method(self): pass
    alpha = 3
print(Form._order, Form.alpha)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"): raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Dup()
try:
    class Strict(metaclass=StrictMeta):
        a = 1
        a = 2
except TypeError as e: print(e)
T = type("T", (), {"__qualname__": "Outer.T", "__doc__": "doc!", "__slots__": ("v",)})
print(T.__qualname__, T.__doc__, T.__slots__, hasattr(T(), "__dict__"))
class Late: pass
class SN:
    def __set_name__(self, owner, name): print("set_name called", name)
Late.attr = SN()
print("no set_name for late assignment")
class Auto:
    def __init_subclass__(cls):
        cls.registry_name = cls.__name__.lower()
class MetaInit(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        print("MetaInit", name, getattr(cls, "registry_name", None))
class Both(Auto, metaclass=MetaInit): pass
class Counted(type):
    instances = 0
    def __call__(cls, *a, **k):
        Counted.instances += 1
        return super().__call__(*a, **k)
class P(metaclass=Counted):
    def __init__(self, x): self.x = x
P(1); P(2); print(Counted.instances, P(3).x)
class MetaAttr(type):
    greeting = "hello from meta"
    def meta_method(cls): return f"meta_method on {cls.__name__}"
class WithMA(metaclass=MetaAttr): pass
print(WithMA.greeting, WithMA.meta_method())
try: WithMA().greeting
except AttributeError as e: print(e)
print(type(WithMA).__mro__[0].__name__, isinstance(WithMA, type), WithMA.__class__.__name__)
def class_factory(n):
    class Made:
        size = n
        def __repr__(self): return f"Made(size={self.size})"
    return Made
A5, A6 = class_factory(5), class_factory(6)
print(A5(), A6(), A5 is A6, A5.__qualname__)
class ClassVarCounter:
    count = 0
    def __init__(self):
        ClassVarCounter.count += 1
        self.id = ClassVarCounter.count
objs = [ClassVarCounter() for _ in range(3)]
print([o.id for o in objs], ClassVarCounter.count)
class Shadow:
    x = "class"
s = Shadow(); s.x = "instance"; print(s.x, Shadow.x); del s.x; print(s.x)
