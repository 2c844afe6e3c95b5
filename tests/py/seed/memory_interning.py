# Seed: "Memory Optimization" (interning parts)
import sys
a = 256
b = 256
print(a is b)
a = "hello"
b = "hello"
print(a is b)
a = sys.intern("hello world!")
b = sys.intern("hello world!")
print(a is b)

class WithoutSlots:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class WithSlots:
    __slots__ = ['x', 'y']
    def __init__(self, x, y):
        self.x = x
        self.y = y

w = WithoutSlots(1, 2)
s = WithSlots(1, 2)
print(hasattr(w, '__dict__'), hasattr(s, '__dict__'))
print(sys.getsizeof(s) < sys.getsizeof(w) + sys.getsizeof(w.__dict__))
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(""))
