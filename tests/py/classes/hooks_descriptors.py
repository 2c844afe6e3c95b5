# __init_subclass__, __set_name__, __class_getitem__, descriptors, metaclasses.
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class P1(Registry, tag="one"): pass
class P2(P1): pass
print(Registry.subclasses, P1.tag, P2.tag)
try:
    class P3(Registry, unknown=1, tag=2): pass
except TypeError as e: print(e)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return f"{self.name} of {type(obj).__name__}"
class Host:
    first = Named()
    second = Named()
print(Host().first, Host().second, Host.first.name)
class Gen:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"], Gen[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
class Data:
    def __init__(self): self.store = {}
    def __get__(self, obj, objtype=None):
        return "class access" if obj is None else self.store.get(id(obj), "unset")
    def __set__(self, obj, value): self.store[id(obj)] = value * 2
    def __delete__(self, obj): self.store.pop(id(obj), None); print("deleted")
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class Holder:
    d = Data()
    n = NonData()
h = Holder()
print(h.d, Holder.d); h.d = 4; print(h.d); del h.d; print(h.d)
h.__dict__["d"] = "inst dict"; print(h.d)
print(h.n); h.n = "shadow"; print(h.n, Holder.n)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, sorted(kw))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"meta item {k}"
class WithMeta(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
print(WithMeta.added_by_meta, WithMeta.prepared, WithMeta.kw, WithMeta, len(WithMeta), WithMeta[3])
w = WithMeta(9); print(w.v, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Child(WithMeta): pass
print(type(Child).__name__, Child.added_by_meta)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Singleton): pass
print(One() is One())
Dyn = type("Dyn", (object,), {"x": 1, "m": lambda self: self.x + 1})
print(Dyn().m(), Dyn.__name__, Dyn.__bases__)
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e: print(e)
class Abstractish:
    def __new__(cls, *a):
        if cls is Abstractish: raise TypeError("cannot instantiate")
        return super().__new__(cls)
class Concrete(Abstractish):
    def __init__(self, a): self.a = a
print(Concrete(5).a)
try: Abstractish()
except TypeError as e: print(e)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewReturnsOther())
class CM:
    count = 0
    def __init__(self): type(self).count += 1
CM(); CM(); print(CM.count)
print(type.__name__, type(type), type(object), object.__bases__, type.__mro__)
class MethDesc:
    def method(self): return self
m = MethDesc()
print(MethDesc.method.__get__(m)() is m, MethDesc.__dict__["method"].__name__, m.method.__self__ is m, m.method.__func__ is MethDesc.method)
class SM:
    s = staticmethod(len)
    c = classmethod(lambda cls: cls.__name__)
print(SM.s("abc"), SM().s([1]), SM.c(), SM().c())
