# dict.items() iteration reuses its pair tuple only while nobody holds it.
import gc
d = {i: str(i) for i in range(6)}
kept = [p for p in d.items()]
print(kept, len(set(map(id, kept))) == len(kept))
prev = None
out = []
for p in d.items():
    out.append(p)
print(out, out[0] is not out[1], {k: v for k, v in d.items()})
it = iter(d.items())
a = next(it); b = next(it)
print(a, b, a is not b)
for k, v in reversed(d.items()):
    print(k, v, end=' ')
print()
z = list(zip(d.items(), d.items()))
print(z[:2], dict(d.items()) == d, sorted(d.items(), key=lambda kv: -kv[0])[:2])
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'K%d' % self.n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
e = {K(i): [i] for i in range(4)}
for k, v in e.items():
    v.append(k)
print(e, gc.is_tracked(next(iter(e.items()))))
t = None
for item in {1: 2}.items():
    t = item
print(t, type(t).__name__, len(t), t == (1, 2), hash(t) == hash((1, 2)))
try:
    for k, v in d.items():
        d[k + 100] = v
except RuntimeError as ex:
    print('RuntimeError', ex)
