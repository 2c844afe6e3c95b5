# function/method/cell reprs and attribute errors
def f(): pass
class A:
    def m(self): pass
print(repr(f).split(" at ")[0], repr(A().m).split(" of ")[0], repr(A.m).split(" at ")[0])
print(f == f, A().m == A().m, A.m is A.m)
a = A()
print(a.m == a.m, hash(a.m) == hash(a.m), a.m.__name__, a.m.__qualname__, a.m.__doc__)
try:
    f.__name__ = 1
except TypeError as e:
    print(e)
try:
    f.__defaults__ = 1
except TypeError as e:
    print(e)
f.__defaults__ = (1,)
print(f.__defaults__)
def g(x=1, *, y=2): return x, y
g.__defaults__ = (5,)
g.__kwdefaults__ = {"y": 9}
print(g())
def h(): return z
h2 = type(h)(h.__code__, {"z": "from new globals"})
try:
    print(h2())
except Exception as e:
    print(type(e).__name__, e)
print(type(f.__code__).__name__, f.__code__.co_name, f.__code__.co_filename.endswith("misc2.py"))
c = (lambda: a).__closure__
print(c)
def outer():
    v = 1
    return (lambda: v).__closure__[0]
cell = outer()
print(repr(cell).startswith("<cell at 0x"), "int object at" in repr(cell))
print(f.__globals__ is globals(), f.__module__, f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
m = a.m
print(m.__self__ is a, m.__func__ is A.m)
print(A.m.__get__(a, A) == a.m, A.m.__get__(None, A) is A.m)
