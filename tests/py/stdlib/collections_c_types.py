# deque/defaultdict as C types: weakrefs, subclasses, GC of cycles, copy, generic alias
import weakref, gc
from collections import deque, defaultdict
d = deque([1]); r = weakref.ref(d); print(r() is d); del d; print(r())
class D(deque): pass
x = D([1, 2]); x.attr = 5; print(x, x.attr, type(x.copy()).__name__, x.copy())
l = deque(); l.append(l); del l; print(gc.collect() >= 1)
dd = defaultdict(list); dd['x'].append(dd); del dd; print(gc.collect() >= 1)
class DD(defaultdict):
    def __missing__(self, k): return 'sub'
print(DD(int)['a'], DD(int))
import copy
print(copy.deepcopy(deque([[1]], maxlen=3)), copy.copy(defaultdict(int, a=1)), copy.deepcopy(defaultdict(list, a=[1])))
print(deque[int], defaultdict.__module__, deque.__module__, deque.__doc__[:20])
