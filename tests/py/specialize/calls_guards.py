# CALL fast paths: exact positional Python calls and class instantiation
# with a Python __init__; their fallbacks.
def f(a, b):
    return a + b
def run(fn, n):
    t = 0
    for i in range(n):
        t += fn(i, 1)
    return t
print(run(f, 30))
def g(a, b=5):
    return a * b
print(run(g, 30))
f.__defaults__ = None
def h(a, *rest):
    return a + len(rest)
print(run(h, 30))
print(run(lambda a, b: a - b, 30))
print(run(max, 30))
try:
    run(lambda a: a, 1)
except TypeError as e:
    print('TypeError', e)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
import sys
try:
    rec(100000)
except RecursionError as e:
    print('RecursionError', e)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def make(cls, n):
    return [cls(i, i + 1) for i in range(n)]
print(sum(p.x + p.y for p in make(P, 30)))
class Bad:
    def __init__(self, x, y):
        return 5
try:
    make(Bad, 3)
except TypeError as e:
    print('TypeError', e)
class Raises:
    def __init__(self, x, y):
        raise ValueError(x)
try:
    make(Raises, 3)
except ValueError as e:
    print('ValueError', e)
class WithNew:
    def __new__(cls, x, y):
        return (x, y)
    def __init__(self, x, y):
        print('never')
print(make(WithNew, 2))
class Sub(P):
    pass
print(make(Sub, 2)[1].y)
P.__init__ = lambda self, x, y: setattr(self, 'x', x * 10) or setattr(self, 'y', 0)
print(sum(p.x + p.y for p in make(P, 30)))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
    def __init__(self, x, y):
        pass
try:
    make(A, 1)
except TypeError as e:
    print('TypeError', e)
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
class Gen:
    def __init__(self, x, y):
        yield 1
try:
    make(Gen, 1)
except TypeError as e:
    print('TypeError', e)
def tb():
    try:
        make(Bad, 1)
    except TypeError:
        import traceback
        s = traceback.format_exc()
        print(s.count('File'))
tb()
class Meta(type):
    def __call__(cls, *a):
        return 'meta'
class M(metaclass=Meta):
    def __init__(self, x, y):
        pass
print(make(M, 2))
