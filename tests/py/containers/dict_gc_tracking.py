# dicts are GC-tracked only once they may take part in a cycle (CPython's rule)
import gc
print(gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked(dict(a=1)),
      gc.is_tracked({'a': 'b', 2: 3.5, None: True}))
d = {}
d['x'] = []
print(gc.is_tracked(d))
del d['x']
print(gc.is_tracked(d))            # stays tracked
d = {1: 2}
print(gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked({**d}))
d[2] = []
print(gc.is_tracked(d.copy()), gc.is_tracked(dict(d)), gc.is_tracked({**d}))
e = {1: 2}
e[1] = {}
print(gc.is_tracked(e))
class D(dict):
    pass
print(gc.is_tracked(D()), gc.is_tracked(set()), gc.is_tracked(frozenset()))
# cycles through dicts are still collected
gc.collect()
a = {}
b = {'a': a}
a['b'] = b
del a, b
print(gc.collect() >= 2)
