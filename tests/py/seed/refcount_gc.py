# Seed: "Reference Counting" and "Garbage Collection"
import sys
import gc

a = [1, 2, 3]
print(sys.getrefcount(a))
x = [1, 2, 3]
base = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - base)
z = x
print(sys.getrefcount(x) - base)
del y
print(sys.getrefcount(x) - base)
z = None
print(sys.getrefcount(x) - base)

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

t = Tracked("t1")
print("before del")
del t
print("after del")

class Node:
    def __init__(self):
        self.ref = None

import weakref
a = Node()
b = Node()
a.ref = b
b.ref = a
wa = weakref.ref(a)
print(wa() is a)
del a, b
print(wa() is not None)
found = gc.collect()
print(found >= 2)
print(wa())

print(gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.garbage)

class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("finalizing", self.name)

c = Cyc("cycle")
del c
print("collected:", gc.collect() >= 1)

class MyClass:
    pass

obj = MyClass()
ref = weakref.ref(obj)
print(ref() is obj)
del obj
print(ref())

def cb(r):
    print("callback called, dead:", r() is None)
o2 = MyClass()
r2 = weakref.ref(o2, cb)
del o2
print("end")
