class Loud:
    def __getattribute__(self, name):
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Loud()"

l = Loud()
print("len bypasses __getattribute__:", len(l))
print("explicit call goes through it:", l.__len__())
print(repr(l))

class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
try:
    len(i)
except TypeError as e:
    print("instance dunder ignored:", e)

class MetaLen(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"meta[{k}]"
class WithMeta(metaclass=MetaLen):
    pass
print(len(WithMeta), WithMeta["x"])

class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Generic[int], list[int], dict[str, int], type(list[int]).__name__)

class Fallback:
    def __getattribute__(self, name):
        if name == "virtual":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.virtual, f.other)

class Recursing:
    def __getattr__(self, name):
        return self.__dict__.get(name, f"no {name}")
print(Recursing().thing)

class Func:
    def method(self):
        return "bound"
fn = Func.__dict__["method"]
bound = fn.__get__(Func(), Func)
print(type(fn).__name__, type(bound).__name__, bound())
print(fn.__get__(None, Func) is fn)
print(Func.method is fn)

class Verbose:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        print(f"  __get__(obj={type(obj).__name__}, owner={owner.__name__})")
        return self.name
class Host:
    v = Verbose("val")
print(Host.v)
print(Host().v)
class SubHost(Host): pass
print(SubHost().v)

class Base:
    @property
    def p(self): return "Base.p"
    def m(self): return "Base.m"
class Derived(Base):
    @property
    def p(self): return "Derived>" + super().p
    def m(self): return "Derived>" + super().m()
print(Derived().p, Derived().m())
print(super(Derived, Derived()).m(), super(Derived, Derived).m(Derived()))
sp = super(Derived, Derived())
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self_class__.__name__)

class Ctr:
    count = 0
    def __init__(self):
        Ctr.count += 1
        self.count = 100
c = Ctr(); Ctr()
print(c.count, Ctr.count, type(c).count)

class SetAttr:
    def __setattr__(self, name, value):
        print(f"  __setattr__({name}, {value})")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print(f"  __delattr__({name})")
        super().__delattr__(name)
s = SetAttr()
s.a = "x"; s.b = 2
print(vars(s))
del s.a
print(vars(s))
setattr(s, "c", "via setattr")
print(getattr(s, "c"), getattr(s, "zz", None))
try:
    delattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)

class CallMe:
    def __call__(self, *a): return ("called", a)
cm = CallMe()
cm.__call__ = lambda *a: "instance call"
print(cm(1), callable(cm))
class Iter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Iter()), 10 in Iter())
class Bool:
    def __len__(self): return 0
print(bool(Bool()), bool([0]))
print(hasattr(Loud, "__len__"), type(Loud.__dict__["__len__"]).__name__)
print(type(int.__dict__["__add__"]).__name__, type((1).__add__).__name__, type(list.__dict__["append"]).__name__)
print(type(object.__dict__["__class__"]).__name__, type(Inst.__dict__["__dict__"]).__name__)
