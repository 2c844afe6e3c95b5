import sys, types

x = 42
print(type(x), type(type), type(object), object.__bases__, type.__bases__)
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))
def greet():
    "hello doc"
    pass
print(type(greet), greet.__name__, type(greet.__code__).__name__, greet.__doc__)
print(type(len), type([].append), type(sys), type(int.__add__), type((1).__add__))
print(type(str.join), type(dict.fromkeys), type(object.__init__), type(object().__init__))
print(type(lambda: 0).__name__, (lambda: 0).__name__, type(None), type(NotImplemented))
class MyClass:
    pass
print(type(MyClass), MyClass.__bases__, MyClass.__mro__, MyClass.__module__, MyClass.__name__)
obj = MyClass()
print(type(obj) is MyClass, obj.__class__ is MyClass, isinstance(obj, object))
obj.__class__ = type("Other", (), {})
print(type(obj).__name__)
try:
    (1).__class__ = float
except TypeError as e:
    print("TypeError:", e)
print(int.__name__, int.__qualname__, int.__module__, type.__module__)
print(callable(MyClass), callable(obj), callable(greet), callable(1))
print(int("7") + 1, int.__add__(3, 4), (3).__add__(4), (3).__radd__(4), (3).__add__(1.5))
print(1 + 2, int.__call__ is type.__call__, type.__call__(int, "5"))
n = types.SimpleNamespace(a=1)
n.b = 2
print(n, vars(n))
print(dir(object)[:5], len(dir(object)) > 20)
print(hasattr(greet, "__dict__"), greet.__dict__, hasattr(1, "__dict__"))
greet.custom = "attr"
print(greet.__dict__)
print(type.__dict__["__name__"].__class__.__name__, type(int.__dict__["real"]).__name__)
print(type(MyClass.__dict__).__name__, "__dict__" in MyClass.__dict__, "__weakref__" in MyClass.__dict__)
mod = types.ModuleType("fake", "fake doc")
mod.value = 3
print(mod, mod.__name__, mod.__doc__, mod.value, sorted(vars(mod)))
print(bool.__bases__, int.__base__, type(True).__mro__)
print(object.__subclasshook__() is NotImplemented, object().__reduce_ex__(2)[0].__name__)
print(repr(object.__new__)[:34], repr(type.__call__)[:28])
print(object.__eq__(1, 1), object.__eq__(1, 2), object().__ne__(object()))
print(NotImplemented == NotImplemented, bool(None), None.__bool__())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Num(self.v + o) if isinstance(o, int) else NotImplemented
    def __radd__(self, o):
        return Num(o + self.v + 1000)
    def __repr__(self): return f"Num({self.v})"
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Num(1) + 2, 2 + Num(1), Num(1) == Num(1), Num(1) != Num(2), Num(3) > Num(2))
try:
    Num(1) + "s"
except TypeError as e:
    print("TypeError:", e)
print(sorted([Num(3), Num(1), Num(2)]))
print(Num.__hash__, MyClass.__hash__ is object.__hash__)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print("TypeError:", e)
class Sub(int):
    pass
print(Sub(5) + 1, type(Sub(5) + 1).__name__, type(Sub(5)).__name__, Sub.__mro__)
print(isinstance(Sub(1), int), type(Sub(1)) == int, repr(Sub(3)))
print(sys.getrefcount(MyClass) >= 2, sys.getsizeof(MyClass) > 0)
print(int.__basicsize__ > 0, len(int.__mro__), object.__doc__)
