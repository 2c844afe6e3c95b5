# Calls: recursion, deep recursion, methods, decorators, lambdas, attributes.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1
print(depth(15000))
sys.setrecursionlimit(1000)

def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper

@deco
def add(x, y=10):
    "adds"
    return x + y

print(add(1), add(1, y=2), add.__name__)

class Counter:
    count = 0
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self
    def __call__(self, x):
        return self.n * x

c = Counter(5)
print(c.inc().inc(3).n, c(2))
m = c.inc
print(m.__self__ is c, m.__func__ is Counter.inc, m(0).n)
print(type(m).__name__, type(add).__name__)

sq = lambda x: x * x
print(sq(7), (lambda *a: sum(a))(1, 2, 3), sq.__name__)

def doc():
    """Docstring here."""
print(doc.__doc__, fact.__doc__, add.__doc__)

def annotated(a: int, b: str = "x") -> bool:
    return True
print(annotated.__annotations__)

def attrs(): pass
attrs.tag = 42
print(attrs.tag, attrs.__dict__, attrs.__module__)

def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__)

def gen_locals(x):
    y = x + 1
    return sorted(locals().items())
print(gen_locals(1))

def outer_globals():
    return 'fact' in globals()
print(outer_globals())

print((lambda: sys._getframe(0).f_code.co_name)())
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back)
