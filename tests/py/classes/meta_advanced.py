class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        ns["members"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class X(metaclass=OrderedMeta, flag=True):
    b = 1
    a = 2
    def m(self): pass
print(X.members, X.injected)

class InstMeta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return issubclass(sub, int)
class IntLike(metaclass=InstMeta):
    pass
print(isinstance(3, IntLike), isinstance("3", IntLike), issubclass(bool, IntLike))

class MetaA(type): pass
class MetaB(type): pass
class PA(metaclass=MetaA): pass
class PB(metaclass=MetaB): pass
try:
    class PC(PA, PB): pass
except TypeError as e:
    print(e)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print(e)

class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("init", v)
        self.v = v
w = WithNew(5)
print(w.created, w.v)

class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInst())

class Call:
    def __call__(self, *a, **k):
        return a, k
print(Call()(1, x=2), callable(Call()), callable(Call), callable(1))

class SuperChain:
    def hello(self): return ["SuperChain"]
class L(SuperChain):
    def hello(self): return ["L"] + super().hello()
class R(SuperChain):
    def hello(self): return ["R"] + super().hello()
class LR(L, R):
    def hello(self): return ["LR"] + super().hello()
print(LR().hello())
print(super(L, LR()).hello())

class CM:
    @classmethod
    def make(cls):
        return cls
class CM2(CM): pass
print(CM2.make().__name__, CM2().make().__name__)

T = type("T", (), {"__repr__": lambda self: "<T>"})
print(T(), T.__name__, type(T))
print(type.__name__, object.__name__, int.__name__, type(None).__name__)
print(int.__mro__, bool.__mro__)
