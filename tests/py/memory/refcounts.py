import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a) > sys.getrefcount(a))
class Obj:
    def __del__(self):
        print("deleted")
o = Obj()
print("created")
o = None
print("after rebinding")
l = [Obj(), Obj()]
print("list built")
del l[0]
print("first removed")
l.clear()
print("cleared")
def scope():
    x = Obj()
    print("leaving scope")
scope()
print("after scope")
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
l = []
sizes = set()
for i in range(20):
    sizes.add(sys.getsizeof(l))
    l.append(i)
print(len(sizes) > 1)
class WithDict:
    def __init__(self):
        self.x = 1; self.y = 2
class WithSlots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1; self.y = 2
print(sys.getsizeof(WithSlots()) < sys.getsizeof(WithDict()) + sys.getsizeof(WithDict().__dict__))
print(sys.getsizeof(1) == sys.getsizeof(2), sys.getsizeof(2 ** 100) > sys.getsizeof(1))
print(sys.getsizeof("") < sys.getsizeof("abc") < sys.getsizeof("abcdef"))
s1 = sys.intern("dynamic" + str(42))
s2 = sys.intern("dynamic42")
print(s1 is s2)
