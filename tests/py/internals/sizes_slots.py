import sys

print("int sizes:", [sys.getsizeof(v) for v in (0, 1, 2**30 - 1, 2**30, 2**60, -1, True, False)])
print("float:", sys.getsizeof(1.5), "complex:", sys.getsizeof(1j))
print("str:", [sys.getsizeof(s) for s in ("", "a", "abc", "é", "€", "😀", "ab" * 10)])
print("bytes:", [sys.getsizeof(b) for b in (b"", b"a", b"abcdef")])
print("tuple:", [sys.getsizeof(t) for t in ((), (1,), (1, 2, 3))])
print("list:", sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
lst = []
sizes = []
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print("list growth:", sizes)
print("dict:", sys.getsizeof({}), sys.getsizeof({"a": 1}))
d = {}
dsz = []
for i in range(12):
    d[i] = i
    dsz.append(sys.getsizeof(d))
print("dict growth:", dsz)
print("set:", sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset()))
print("range:", sys.getsizeof(range(10)), "None:", sys.getsizeof(None))
print("bytearray:", sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))


class WithoutSlots:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ["x", "y"]

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Three:
    __slots__ = ("a", "b", "c")


class Empty:
    __slots__ = ()


a = WithoutSlots(1, 2)
b = WithSlots(1, 2)
print("no slots instance:", sys.getsizeof(a))
print("slots instance:", sys.getsizeof(b), sys.getsizeof(Three()), sys.getsizeof(Empty()))
print("has __dict__:", hasattr(a, "__dict__"), hasattr(b, "__dict__"))
print("slot descriptors:", type(WithSlots.__dict__["x"]).__name__)
print("WithSlots.x repr:", WithSlots.x)
print("slots diff:", sys.getsizeof(Three()) - sys.getsizeof(Empty()))
try:
    b.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Three().a
except AttributeError as e:
    print("AttributeError:", e)
del b.x
try:
    b.x
except AttributeError as e:
    print("after del:", e)


class Child(WithSlots):
    pass


c = Child(3, 4)
c.z = 5
print("child dict:", c.__dict__, c.x, c.y)


class ChildSlots(WithSlots):
    __slots__ = ("z",)


cs = ChildSlots(1, 2)
cs.z = 9
print("ChildSlots:", cs.x, cs.y, cs.z, hasattr(cs, "__dict__"))
print("__slots__ attr:", ChildSlots.__slots__, WithSlots.__slots__)


class WeakSlot:
    __slots__ = ("v", "__weakref__")


import weakref
w = WeakSlot()
r = weakref.ref(w)
print("weakref to slotted:", r() is w)
try:
    weakref.ref(b)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
print("getsizeof default:", sys.getsizeof(object()), sys.getsizeof(42, -1))
