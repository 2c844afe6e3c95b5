class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

o = Logged()
o.a = 1
o.b = 2
del o.a
print(o.log, o.b, o.auto_thing)
try:
    o.missing
except AttributeError as e:
    print(e)
print(getattr(o, "missing", "default"), hasattr(o, "b"), hasattr(o, "zzz"))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x)
try:
    s.y
except AttributeError as e:
    print(e)
try:
    s.z = 3
except AttributeError as e:
    print(e)
print(Slotted.x, type(Slotted.x).__name__)

class SlotChild(Slotted):
    pass
sc = SlotChild()
sc.z = 5
print(sc.z, sc.__dict__)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = Prop()
p.v = 5
print(p.v, Prop.v.__doc__)
try:
    p.v = -1
except ValueError as e:
    print(e)
del p.v
print(hasattr(p, "_v"))

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class UsesDesc:
    d = Desc()
u = UsesDesc()
u.d = 21
print(u.d, u._d, isinstance(UsesDesc.d, Desc))

class Counter:
    instances = 0
    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
        Counter.instances += 1
class A(Counter, prefix="pre_"):
    pass
class B(A):
    pass
print(A.tag, B.tag, Counter.instances)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(Gen[int], Gen["x"])

def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)
print(vars(Prop())["_v"], sorted(k for k in vars(Prop) if not k.startswith("__")))
o2 = Prop()
o2.__dict__["extra"] = 1
print(o2.extra, dir(o2)[-3:])
