# Every argument form and CPython's TypeError messages for bad calls.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=0))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(1, 2, *[3], **{"e": 1}))
def tryit(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
tryit(f, 1, 2, e=5)
tryit(f, 1, 2, 3)
tryit(f, 1, b=2, c=3, e=4)
tryit(f, 1, 2, 3, c=3, e=1)
tryit(f)
def pos(a, b): return a + b
tryit(pos, 1)
tryit(pos)
tryit(pos, 1, 2, 3)
tryit(pos, 1, 2, c=3)
tryit(pos, 1, a=1)
tryit(pos, a=1, b=2, c=3, d=4)
def kwo(*, x, y): return x, y
tryit(kwo, 1)
tryit(kwo, x=1)
tryit(kwo)
tryit(kwo, 1, x=1, y=2)
def opt(a, b=1, c=2): return a, b, c
tryit(opt, 1, 2, 3, 4)
tryit(opt, b=1)
tryit(opt, 1, 2, 3, 4, 5, d=5)
def po(a, b=2, /): return a, b
tryit(po, a=1)
tryit(po, 1, b=3)
tryit(po, 1, 2, 3)
def only_kw(**kw): return kw
tryit(only_kw, 1)
def none(): return "none"
tryit(none, 1)
tryit(none, x=1)
class C:
    def m(self, a): return a
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return cls.__name__, a
tryit(C().m)
tryit(C().m, 1, 2)
tryit(C.m, 1)
tryit(C.s)
tryit(C.c)
tryit(C().m, a=1, b=2)
tryit(C, 1)
class D:
    def __init__(self, x): self.x = x
tryit(D)
tryit(D, 1, 2)
tryit(D, y=1)
tryit(len)
tryit(len, [], [])
tryit(len, obj=[])
tryit(isinstance, 1)
tryit(sorted, [1], lambda x: x)
tryit(divmod, 1)
tryit(int, "1", "2")
tryit(print, sep=1)
tryit(max)
try: max([])
except ValueError as e: print(e)
tryit(min, 1)
tryit(getattr, 1)
tryit("abc".split, 1)
tryit("abc".replace, "a")
tryit([].append)
tryit({}.get)
tryit(dict, 1)
tryit(1)
tryit("s")
tryit(None)
tryit(abs, "x")
tryit(sum, ["a", "b"])
tryit(sum, [[1]], [])
tryit(lambda: 0, 1)
tryit(lambda x: 0)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(a, *, b): return a, b
tryit(wrapped, 1, 2)
tryit(wrapped, 1, b=2)
