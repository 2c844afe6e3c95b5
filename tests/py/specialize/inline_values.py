# Instance attributes kept inline with keys shared by the class: every
# path where an instance leaves the fast layout must still behave as
# CPython's dict-backed attributes do.
import copy
import gc
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


# per-instance insertion order, even when the shared keys say otherwise
a = P(1, 2)
b = P.__new__(P)
b.y = 5
b.x = 6
print(vars(a), vars(b))
b.z = 7
del b.y
b.y = 8
print(b.__dict__, list(vars(a)))

# deleting, missing attributes, hasattr/getattr defaults
c = P(3, 4)
del c.x
print(hasattr(c, "x"), getattr(c, "x", "none"), c.y)
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
c.x = 9
print(vars(c))

# a loop whose guard fails part-way: attribute deleted, dict materialised,
# class attribute added, method shadowed by an instance attribute
ps = [P(i, i + 1) for i in range(40)]
total = 0
for i, p in enumerate(ps):
    if i == 10:
        del p.x
        p.x = 100
    if i == 20:
        p.__dict__["y"] = -1
    if i == 25:
        p.__dict__ = {"x": 2, "y": 3, "extra": 4}
    if i == 30:
        p.norm = lambda: 1000
    total += p.x + p.y + p.norm()
print(total)
P.z = "class z"
print(ps[0].z, ps[25].extra)
ps[1].z = "inst z"
print(ps[0].z, ps[1].z, vars(ps[1]))

# many attributes: past the shared-key limit the instance gets a dict
class Many:
    pass

m = Many()
for i in range(50):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a49, sum(getattr(m, "a%d" % i) for i in range(50)))
m2 = Many()
m2.a3 = 3
m2.b = "b"
print(vars(m2))

# non-str keys and str subclasses in __dict__
class S(str):
    pass

n = Many()
n.__dict__[1] = "one"
n.__dict__[S("s")] = "s"
print(n.__dict__, n.s)
setattr(n, "".join(["dy", "namic"]), 5)
print(n.dynamic, getattr(n, "dyn" + "amic"))

# __class__ assignment keeps the attributes
class Q:
    def __init__(self):
        self.q = 1

class R:
    def __init__(self):
        self.r = 2

q = Q()
q.__class__ = R
q.r = 3
print(type(q).__name__, vars(q), q.q)

# subclasses have their own shared keys
class P3(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

p3 = P3(1, 2, 3)
print(vars(p3), p3.norm())

# copies and pickling state
d = copy.copy(a)
e = copy.deepcopy(b)
print(vars(d), vars(e), a.__getstate__(), d is not a)
print(a.__reduce_ex__(2)[2])

# cycles through inline values are collected, and count like CPython
gc.collect()
x = P(None, None)
y = P(x, None)
x.x = y
del x, y
print("collected", gc.collect())

# __dict__ identity is stable once created
f = P(1, 1)
dd = f.__dict__
f.w = 5
print(dd is f.__dict__, dd)
del f.__dict__
print(vars(f))
f.k = 1
print(vars(f))

# sizes: instances stay small
print(sys.getsizeof(P(1, 2)) == sys.getsizeof(P(3, 4)))
class S2(str): pass
class A2:
    def __init__(self): self.x = 1
a = A2()
print(getattr(a, S2('x')), hasattr(a, S2('x')))
setattr(a, S2('y'), 2)
print(a.y, vars(a), type(list(vars(a))[1]).__name__)
delattr(a, S2('x'))
print(vars(a))
