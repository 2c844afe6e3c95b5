from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area()}"

print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Square(3).describe(), Square.__abstractmethods__)

class Interface(metaclass=ABCMeta):
    @abstractmethod
    def method(self): pass
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Interface:
            return any("method" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class Duck:
    def method(self): return "quack"
class Rock: pass
print(issubclass(Duck, Interface), isinstance(Duck(), Interface), issubclass(Rock, Interface))

class Registered: pass
Interface.register(Registered)
print(issubclass(Registered, Interface), Registered.__mro__)

@Interface.register
class Decorated: pass
print(issubclass(Decorated, Interface), Decorated.__name__)

class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
b = Bag(1, 2)
for abc_ in (cabc.Sized, cabc.Iterable, cabc.Container, cabc.Collection, cabc.Sequence, cabc.Hashable, cabc.Callable):
    print(abc_.__name__, isinstance(b, abc_))
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in ()), cabc.Generator), isinstance(len, cabc.Callable))
print(issubclass(dict, cabc.MutableMapping), issubclass(frozenset, cabc.Set), issubclass(str, cabc.Sequence))

class MySeq(cabc.Sequence):
    def __init__(self, data): self.data = data
    def __getitem__(self, i): return self.data[i]
    def __len__(self): return len(self.data)
s = MySeq("abcab")
print(list(reversed(s)), s.index("b"), s.count("a"), "c" in s, list(s))

class MyMap(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(dict(m), m.get("z", 0), m.pop("a"), sorted(m.keys()), list(m.items()))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, WithMeta.__abstractmethods__)
print(Shape.__mro__)
print(isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
import numbers
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(1j, numbers.Real), issubclass(bool, numbers.Number))
