log = []

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"__prepare__({name}, kw={kw})")
        return {"prepared": True}
    def __new__(mcs, name, bases, ns, **kw):
        print(f"Meta.__new__({name}, bases={[b.__name__ for b in bases]}, keys={sorted(k for k in ns if not k.startswith('__'))})")
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__({name})")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__({cls.__name__}, {args})")
        return super().__call__(*args, **kwargs)

def deco(cls):
    print(f"decorator({cls.__name__})")
    cls.decorated = True
    return cls

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        print(f"__init_subclass__({cls.__name__}, tag={tag})")
        super().__init_subclass__(**kw)
        cls.tag = tag

@deco
class Widget(Base, metaclass=Meta, tag="w"):
    print("body executing")
    x = 1
    def __new__(cls, *a):
        print("Widget.__new__")
        return super().__new__(cls)
    def __init__(self, v):
        print("Widget.__init__", v)
        self.v = v

print(Widget.prepared, Widget.added_by_meta, Widget.tag, Widget.decorated)
w = Widget(5)
print(type(Widget).__name__, type(w).__name__, w.v)
print(isinstance(Widget, Meta), isinstance(Widget, type), issubclass(Meta, type))
print(type(type), type(object), object.__bases__, type.__bases__, type.__mro__)

Dyn = type("Dyn", (object,), {"x": 1, "method": lambda self: 42})
print(Dyn.__name__, Dyn().x, Dyn().method(), Dyn.__module__)
print(Dyn.__qualname__, Dyn.__mro__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class One(metaclass=Singleton):
    pass
print(One() is One())

registry = {}
class RegisterMeta(type):
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        if name != "PBase":
            registry[name] = cls
        return cls
class PBase(metaclass=RegisterMeta): pass
class Plugin1(PBase): pass
class Plugin2(PBase): pass
print(registry)
print(sorted(registry), [c.__name__ for c in PBase.__subclasses__()])

class Order:
    b = 1
    a = 2
    def z(self): pass
    c = 3
print([k for k in Order.__dict__ if not k.startswith("__")])

class SetName:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    first = SetName()
    second = SetName()

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)

class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(Meta.__mro__)
print(repr(Widget), repr(Meta))
k = Meta("Runtime", (), {})
print(k.added_by_meta, type(k).__name__)
