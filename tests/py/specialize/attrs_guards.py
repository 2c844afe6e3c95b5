# LOAD_ATTR / STORE_ATTR / LOAD_METHOD specialisations and their guards.
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

class Q(P):
    pass

def read_x(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out

# instance dict, then a type change mid-loop, a missing attribute, a property
class WithProp:
    @property
    def x(self):
        return 'prop'
objs = [P(i) for i in range(30)] + [Q(7), WithProp(), P(8)]
print(read_x(objs))
p = P(1)
del p.x
try:
    read_x([P(2)] * 25 + [p])
except AttributeError as e:
    print('AttributeError', e)

# a class attribute added later shadows nothing (data descriptor wins)
class R:
    def __init__(self):
        self.x = 'inst'
rs = [R() for _ in range(25)]
print(read_x(rs)[:2])
R.x = property(lambda self: 'descr')
print(read_x(rs)[:2])
del R.x
print(read_x(rs)[:2])

# slots
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
def set_y(objs, v):
    for o in objs:
        o.y = v
ss = [S(i) for i in range(25)]
print(read_x(ss)[-3:])
set_y(ss, 5)
print([s.y for s in ss][:3])
s = S(1)
del s.x
try:
    read_x(ss + [s])
except AttributeError as e:
    print('AttributeError', e)
try:
    set_y(ss + [object()], 1)
except AttributeError as e:
    print('AttributeError', e)

# module attributes
import math
def mod_reads(n):
    t = 0.0
    for i in range(n):
        t += math.pi
    return t
print(round(mod_reads(30), 6))
math.pi = 3
print(mod_reads(30))
del math.pi
try:
    mod_reads(1)
except AttributeError as e:
    print('AttributeError', e)

# class attributes read on the class and through instances
class K:
    c = 5
def kc(n, obj):
    t = 0
    for i in range(n):
        t += obj.c
    return t
print(kc(30, K), kc(30, K()))
K.c = 6
print(kc(30, K), kc(30, K()))
k = K()
k.c = 100
print(kc(3, k))
class K2(K):
    pass
print(kc(30, K2))
K.c = 1
print(kc(3, K2), kc(3, K2()))

# methods: replaced on the class, shadowed by an instance attribute
def calls(objs):
    return [o.get() for o in objs]
ps = [P(i) for i in range(25)]
print(sum(calls(ps)))
P.get = lambda self: -self.x
print(sum(calls(ps)))
ps[3].get = lambda: 1000
print(sum(calls(ps)))
del P.get
try:
    calls(ps[:1])
except AttributeError as e:
    print('AttributeError', e)

# STORE_ATTR then __setattr__ added to the class
class W:
    pass
def store(objs):
    for i, o in enumerate(objs):
        o.v = i
ws = [W() for _ in range(25)]
store(ws)
print(ws[4].v)
W.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 2)
store(ws)
print(ws[4].v)
class Frozen:
    __slots__ = ()
try:
    store([W()] * 25 + [Frozen()])
except AttributeError as e:
    print('AttributeError', e)
