# golden: not under gc-stress (prints counts that depend on collection timing)
import gc, sys
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.collect() >= 0, gc.collect(0) >= 0, gc.collect(1) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, 2)) in (True, False), gc.is_tracked(object()))
class A: pass
print(gc.is_tracked(A()), gc.is_tracked(A))
l = [1, 2]
holder = [l]
print(any(r is holder for r in gc.get_referrers(l)))
print(gc.get_referents([1, "x"]) == [1, "x"])
print(type(gc.get_objects()), len(gc.get_objects()) > 0)
print(gc.garbage)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
class Cyc:
    def __init__(self):
        self.me = self
gc.collect()
for i in range(10):
    Cyc()
print(gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
c = Cyc(); del c
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.garbage.clear()
gc.set_debug(0)
phases = []
def cb(phase, info):
    phases.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(phases)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.disable()
print(gc.isenabled())
gc.enable()
class D:
    def __del__(self):
        print("D.__del__", gc.is_finalized(self))
d = D(); d.self = d
del d
gc.collect()
