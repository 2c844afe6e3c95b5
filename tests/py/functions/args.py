# Argument binding: defaults, *args, keyword-only, **kwargs, positional-only,
# and CPython's TypeError messages.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(c=1, a=2))

def po(a, b, /, c, *, d=1):
    return a, b, c, d

print(po(1, 2, 3))
print(po(1, 2, c=3, d=4))

def call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

def g(a, b): pass
def h(a, b=1): pass
def k(a, *, kw): pass
def k2(a, *, x, y): pass
def n(): pass
def p(a, b, /): pass
def pk(a, /, **kw): return a, kw
def many(a, b, c, d): pass

call(g, 1)
call(g)
call(many, 1)
call(g, 1, 2, 3)
call(h, 1, 2, 3)
call(n, 1)
call(n, 1, 2)
call(k, 1)
call(k2, 1)
call(k, 1, 2, kw=3)
call(g, 1, 2, z=3)
call(g, 1, a=1)
call(p, a=1, b=2)
call(p, 1, b=2)
print(pk(1, a=2))
call(g, *[1, 2, 3])
call(g, **{'a': 1, 'b': 2, 'c': 3})
call(g, 1, **{'a': 1})

class A:
    def m(self, x):
        return x
    @staticmethod
    def s(x, y):
        return x + y

call(A().m)
call(A().m, 1, 2)
call(A.s, 1)
print(A().m(5), A.s(1, 2), A.m(A(), 7))

def defaults(a, b=[]):
    b.append(a)
    return b

print(defaults(1), defaults(2))
print(f.__defaults__, f.__kwdefaults__)
print(po.__code__.co_argcount, po.__code__.co_posonlyargcount, po.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__name__, f.__qualname__, A.m.__qualname__)

def star(*args, **kwargs):
    return args, kwargs

print(star())
print(star(1, *(2, 3), *[4], x=1, **{'y': 2}))
print(star(*range(3), **dict(a=1)))
try:
    star(**{'x': 1}, x=2)
except TypeError as e:
    print(e)
try:
    star(*1)
except TypeError as e:
    print(e)
try:
    star(**1)
except TypeError as e:
    print(e)
