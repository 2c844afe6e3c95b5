class P:
    def __init__(self, i): self.a = i; self.b = i * 2
    def s(self): return self.a + self.b
ps = [P(i) for i in range(50)]
tot = 0
for k in range(3):
    for i, p in enumerate(ps):
        if k == 1 and i % 7 == 0:
            p.__dict__.clear()
            p.__dict__.update(a=100, b=1)
        if k == 2 and i % 11 == 0:
            vars(p)['c'] = 5
            p.a = -1
        tot += p.s() + p.a
print(tot)
class D(dict): pass
q = P(1)
q.__dict__ = D(a=3, b=4)
print(q.s(), type(q.__dict__).__name__)
class W:
    __slots__ = ('x', '__dict__', '__weakref__')
w = W(); w.x = 1; w.y = 2
import weakref, copy, pickle
r = weakref.ref(w)
print(r() is w, vars(w), copy.copy(w).x, copy.deepcopy(w).y)
w2 = pickle.loads(pickle.dumps(w))
print(w2.x, w2.y)
import gc
class N:
    pass
n = N(); n.self = n; n.data = [n]
del n
print(gc.collect() > 0)
for i in range(40):
    setattr(q, 'k%d' % i, i)
print(len(vars(q)), q.k39)
