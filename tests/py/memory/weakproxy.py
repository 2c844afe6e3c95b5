import weakref
class Node:
    def __init__(self): self.v = 5
    def m(self): return self.v * 2
n = Node()
p = weakref.proxy(n)
print(p.v, p.m(), type(p).__name__)
p.v = 7
print(n.v)
del n
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
