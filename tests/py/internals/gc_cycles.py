import gc, sys, weakref

gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

def make_tree():
    root = Node("root")
    for i in range(3):
        c = Node(f"c{i}")
        c.parent = root
        root.children.append(c)
    return root

r = make_tree()
wr = weakref.ref(r)
del r
print("tree alive:", wr() is not None)
print("collect tree:", gc.collect())
print("tree alive:", wr())

a = []
a.append(a)
print("self-ref list collected:", gc.collect())
d = {}
d["self"] = d
del d
print("self-ref dict collected:", gc.collect())

class A: pass
x = A(); y = A()
x.y = y; y.x = x
del x, y
print("two instances:", gc.collect())

class P:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("  __del__", self.n)
p = P(1); q = P(2)
p.q = q; q.p = p
del p, q
n = gc.collect()
print("with __del__:", n, gc.garbage)

saved = []
class Resurrect:
    def __del__(self):
        saved.append(self)
r = Resurrect()
r.me = r
del r
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()

lst = [1, 2]
holder = {"k": lst}
print("referrers include holder:", any(ref is holder for ref in gc.get_referrers(lst)))
print("referents:", gc.get_referents([1, "a", None]))
print("tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked(A()))
print("counts type:", type(gc.get_count()).__name__, len(gc.get_count()))
print("stats keys:", sorted(gc.get_stats()[0]))
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
gc.disable()
c1 = []; c1.append(c1); del c1
print("disabled still collects manually:", gc.collect())
gc.enable()
print(gc.isenabled())
print("gen collect:", gc.collect(0), gc.collect(1), gc.collect(2))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
cbs = []
def cb(phase, info):
    cbs.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print("callbacks:", cbs)
print(gc.DEBUG_LEAK == (gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL))
print(gc.get_debug())
gc.freeze(); print(gc.get_freeze_count() >= 0); gc.unfreeze()
print("final:", gc.collect())
