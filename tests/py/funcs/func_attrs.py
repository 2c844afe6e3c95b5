# Function objects: attributes, defaults, annotations, decorators, partial.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    "Doc of f."
    return True
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_varnames[:5], f.__code__.co_name)
f.__name__ = "renamed"; f.custom = 5; print(f.__name__, f.custom, f.__dict__)
def g(x=[]):
    x.append(1)
    return x
print(g(), g(), g([]), g.__defaults__)
def h(a, b=2): return a, b
h.__defaults__ = (99,); print(h(1))
h.__defaults__ = (7, 8); print(h())
def kwonly(*, k=1): return k
kwonly.__kwdefaults__ = {"k": 42}; print(kwonly())
def deco_args(tag):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@deco_args("b")
@deco_args("i")
def text(s): return s
print(text("hi"), text.__wrapped__.__name__)
def class_deco(cls):
    cls.decorated = True
    return cls
@class_deco
class K: pass
print(K.decorated)
import functools
def logged(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@logged
def documented(x):
    "documented doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(1))
def defaults_eval(v=len("abc"), w=[i for i in range(2)]): return v, w
print(defaults_eval())
def gen_func(): yield
print(type(gen_func()).__name__, gen_func.__code__.co_flags & 0x20 != 0)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
class Outer:
    def meth(self):
        def inner(): pass
        return inner
print(Outer().meth().__qualname__, Outer.meth.__qualname__)
print(f.__module__, type(f).__name__, callable(f), f.__globals__ is globals())
def varargs(*args, **kwargs): return args, kwargs
print(varargs(), varargs(1, a=2), varargs(*"ab", **dict(x=1)))
def annotated_only(x: "int"): pass
print(annotated_only.__annotations__, h.__annotations__)
def many(a, b, c, d, e, f, g, h, i, j, k=11, *l, m, n=14, **o): return a + j + k + m + n
print(many(*range(10), m=13), many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, m=0, o=1))
import operator
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(pow, 2)(10), functools.partial(h, b=5)(1))
p = functools.partial(varargs, 1, k=2); print(p(3, k=4), p.args, p.keywords)
