import sys, gc, weakref

def rc(o):
    return sys.getrefcount(o)

x = [1, 2, 3]
base = rc(x)
y = x
z = x
print("after two aliases:", rc(x) - base)
del y
z = None
print("after del/None:", rc(x) - base)
holder = [x, x, x]
print("in list 3x:", rc(x) - base)
holder.clear()
d = {"k": x}
print("dict value:", rc(x) - base)
del d
t = (x,)
print("tuple:", rc(x) - base)
del t

def f(arg):
    return rc(arg)
print("inside call diff:", f(x) - base)

class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __repr__(self):
        return f"Node({self.name})"

gc.collect()
a = Node("a"); b = Node("b")
a.ref = b; b.ref = a
wa = weakref.ref(a)
del a, b
print("alive before collect:", wa() is not None)
print("collected:", gc.collect())
print("alive after collect:", wa())

deaths = []
class Tracked:
    def __init__(self, n): self.n = n
    def __del__(self): deaths.append(self.n)

t1 = Tracked(1)
del t1
print("immediate __del__:", deaths)
t2 = Tracked(2); t3 = Tracked(3)
t2.other = t3; t3.other = t2
del t2, t3
print("cycle before gc:", deaths)
gc.collect()
print("cycle after gc:", sorted(deaths))

class Obj:
    pass

o = Obj()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("same ref object:", r1 is r2, weakref.getweakrefcount(o))
calls = []
r3 = weakref.ref(o, lambda r: calls.append(r is r3))
print("weakrefcount:", weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
p = weakref.proxy(o)
o.value = 10
print("proxy attr:", p.value)
del o
print("callback:", calls, r1())
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)

for v in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(v)
        print(type(v).__name__, "weakrefable")
    except TypeError as e:
        print("TypeError:", e)

wd = weakref.WeakValueDictionary()
k = Obj()
wd["k"] = k
print("wvd len:", len(wd))
del k
print("wvd len after del:", len(wd))
wk = weakref.WeakKeyDictionary()
key = Obj()
wk[key] = "v"
print("wkd:", list(wk.values()))
del key
print("wkd after:", list(wk.values()))
ws = weakref.WeakSet()
items = [Obj() for _ in range(3)]
for it in items: ws.add(it)
print("ws:", len(ws))
items.pop()
print("ws after pop:", len(ws))

class M:
    def meth(self): return "m"
m = M()
wm = weakref.WeakMethod(m.meth)
print("WeakMethod:", wm()())
del m
print("WeakMethod dead:", wm())
fin_log = []
fo = Obj()
fz = weakref.finalize(fo, fin_log.append, "finalized")
print("finalize alive:", fz.alive)
del fo
print("finalize:", fin_log, fz.alive)
print("gc enabled:", gc.isenabled(), "threshold:", gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
print("is_tracked:", gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print("garbage:", gc.garbage)
