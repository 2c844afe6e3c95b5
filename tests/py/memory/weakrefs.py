import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1() is a, weakref.getweakrefcount(a))
def cb(ref):
    print("callback", ref() is None)
r3 = weakref.ref(a, cb)
print(r3 is r1, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r1 == r3, hash(r1) == hash(a) or True)
b = Node("b")
rb = weakref.ref(b)
print(r1 == rb)
del a
print(r1(), r3())
try:
    hash(weakref.ref(Node("tmp")))
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
s = SlottedWeak()
print(weakref.ref(s)() is s)
for obj in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
def f(): pass
print(weakref.ref(f)() is f)
class C: pass
print(weakref.ref(C)() is C)

d = weakref.WeakValueDictionary()
n1, n2 = Node("1"), Node("2")
d["one"] = n1
d["two"] = n2
print(sorted(d.keys()), len(d), "one" in d)
del n1
gc.collect()
print(sorted(d.keys()), len(d), "one" in d, d.get("one"))

k = weakref.WeakKeyDictionary()
key = Node("key")
k[key] = 42
print(k[key], len(k), key in k)
del key
gc.collect()
print(len(k))

ws = weakref.WeakSet()
x, y = Node("x"), Node("y")
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del x
gc.collect()
print(len(ws), sorted(n.name for n in ws))

obj = Node("fin")
fin = weakref.finalize(obj, print, "finalized", "obj")
print(fin.alive)
del obj
print(fin.alive)
