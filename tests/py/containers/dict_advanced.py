# dict: iteration guards, recursion, subclasses, odd keys

d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print('RuntimeError', e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print('RuntimeError', e)
d = {i: i for i in range(5)}
try:
    for v in d.values():
        d.pop(4, None)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter({1: 2, 3: 4}.items())
print(next(it), next(it), next(it, 'done'), next(it, 'done'))

# self-containing dicts and views
d = {}
d['self'] = d
d['list'] = [d]
print(d)
print(d.keys(), d.values())
e = {1: {2: {3: {}}}}
print(e, str(e), repr(e))

# subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c['a'], c['zz'], 'zz' in c, c.get('zz'), c)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower()
l['ABC'] = 1
l.update(XYZ=2)     # update does not call __setitem__
print(l, type(l).__name__, isinstance(l, dict))
class D2(dict):
    pass
x = D2({1: 2})
print(x, type(x | {3: 4}).__name__, x == {1: 2}, type(x.copy()).__name__)
print(type(D2.fromkeys([1, 2])).__name__, D2.fromkeys([1, 2]))

# keys that compare equal but are different objects
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) & 7      # many collisions
    def __eq__(self, other): return isinstance(other, K) and self.v == other.v
    def __repr__(self): return 'K(%d)' % self.v
d = {K(i): i for i in range(40)}
print(len(d), d[K(17)], K(41) in d, list(d)[:5])
for i in range(0, 40, 3):
    del d[K(i)]
print(len(d), sum(d.values()), list(d)[:5])

# an __eq__ that mutates the dict during lookup must not crash
class Evil:
    def __init__(self, target): self.target = target
    def __hash__(self): return 1
    def __eq__(self, other):
        self.target.clear()
        return False
t = {}
t[Evil(t)] = 1
t[1] = 'one'                 # same hash: comparing runs Evil.__eq__
print(len(t) <= 2, 1 in t or True)

# big mixed workload with a checksum
_state = [7]
def randrange(n):
    _state[0] = (_state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (_state[0] >> 33) % n
d = {}
ref = []
for i in range(20000):
    k = randrange(3000)
    op = randrange(1000) / 1000
    if op < 0.5:
        d[k] = i
    elif op < 0.8:
        d.pop(k, None)
    else:
        d.get(k)
s = 0
for pos, (k, v) in enumerate(d.items()):
    s = (s * 31 + k * 7 + v + pos) % 1000000007
print(len(d), s, list(d)[:10], list(d)[-10:])

# hash-equal numbers
print({1: 'a', 1.0: 'b'}, {2**61 - 1: 'x', 0: 'y'}, {-1: 'a', -2: 'b'})
print(hash(-1) == hash(-2), {-1, -2})
