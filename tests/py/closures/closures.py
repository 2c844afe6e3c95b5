# Closures: cells, nonlocal, late binding, class cells, nested scopes.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))

def arg_cell(x):
    def get():
        return x
    x += 1
    return get
print(arg_cell(5)())

def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return g()
print(unbound())

def deleted():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
deleted()

def local_unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2
local_unbound()

x = "global"
class K:
    x = "class"
    def meth(self):
        return x
    y = [x for _ in range(1)]
print(K().meth(), K.y)

def class_in_func():
    v = "enclosing"
    class C:
        v = "classvar"
        w = v
        def get(self):
            return v
    return C
C = class_in_func()
print(C.w, C().get())

class Base:
    def hello(self):
        return "base"
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def klass(self):
        return __class__.__name__
print(Derived().hello(), Derived().klass())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())

cell = (lambda: x).__closure__
print(cell)
def cells():
    a = 1
    def f():
        return a
    return f.__closure__[0]
cl = cells()
print(type(cl).__name__, cl.cell_contents)
cl.cell_contents = 5
print(cl.cell_contents)
