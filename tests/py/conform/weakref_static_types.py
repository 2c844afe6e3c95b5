import weakref, gc
def f(): pass
r = weakref.ref(f, lambda r: print("cb f"))
del f
print(r())
class A:
    def m(self): pass
a = A()
bm = a.m
r2 = weakref.ref(bm, lambda r: print("cb m"))
del bm
print(r2())
def g(): yield 1
gg = g()
r3 = weakref.ref(gg, lambda r: print("cb g"))
del gg
print(r3())
s = weakref.WeakSet()
def h(): yield 2
x = h(); s.add(x); del x
print(len(s))
import types
for name in ['set', 'frozenset', 'type', 'A']:
    pass
class B: __slots__ = ('__weakref__',)
b = B(); r4 = weakref.ref(b, lambda r: print("cb B")); del b; print(r4())
