import copy, collections, copyreg
P = collections.namedtuple('P', 'x y')
print(copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)))
class I(int): pass
print(I(5).__reduce_ex__(2)[1:], copy.copy(I(5)))
class A: pass
a = A(); a.v = 1
r = a.__reduce_ex__(1)
print(r[0].__name__, r[1], r[2])
r = A().__reduce_ex__(0); print(r[0].__name__, r[1])
class L(list): pass
l = L([1, 2]); l.z = 3
r = l.__reduce_ex__(2); print(r[1], r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(4); print(r[1], r[2], r[3], list(r[4]))
print(copy.copy(l), copy.copy(l).z, copy.deepcopy(D(a=[1])))
class S:
    __slots__ = ('a',)
s = S(); s.a = 1
try:
    s.__reduce_ex__(1)
except TypeError as e: print(e)
print(s.__reduce_ex__(2)[2])
class K:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): o = object.__new__(cls); o.a = a; o.k = k; return o
print(K().__reduce_ex__(2)[0].__name__, K().__reduce_ex__(2)[1][1:])
print(type.__flags__ & (1 << 9), A.__flags__ & (1 << 9) != 0, int.__flags__ & (1<<24) != 0)
print(copyreg._slotnames(S))
class BA(bytearray): pass
print(copy.copy(BA(b'ab')))
b = BA(b'ab'); b.x = 1
print(b.__reduce_ex__(2)[1:], b.__reduce_ex__(3), bytearray().__reduce_ex__(2), bytearray(b'\xff').__reduce__())
c = copy.deepcopy(b)
print(c, c.x, type(c).__name__)
import sys, pickle
for obj in (sys,):
    for p in (2, 4):
        try:
            obj.__reduce_ex__(p)
        except TypeError as e:
            print(p, e)
class Sl:
    __slots__ = ('a', 'b')
s2 = Sl(); s2.a = 1
print(pickle.loads(pickle.dumps(s2)).a, Sl.__reduce_ex__(s2, 2)[2])
