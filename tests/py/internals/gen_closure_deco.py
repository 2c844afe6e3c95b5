import functools, inspect

def counter():
    print("  start")
    x = yield 1
    print("  received", x)
    y = yield x * 2
    print("  received", y)
    return "done"

g = counter()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(inspect.getgeneratorstate(g))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
c = closer()
next(c)
c.close()
print("closed:", inspect.getgeneratorstate(c))

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("  caught", e)
t = thrower(); next(t); t.throw(ValueError("boom"))

def inner():
    r = yield from [1, 2]
    return 99
def outer():
    v = yield from inner()
    yield v
print(list(outer()))
ge = (i * i for i in range(3))
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
print(g.gi_frame, hasattr(g, "gi_code"), g.gi_code.co_name, g.gi_running)

def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print("late binding:", make_counters())
print("default binding:", [f() for f in [lambda i=i: i for i in range(3)]])

def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
a(5); print(a(10), a.__closure__[0].cell_contents, a.__code__.co_freevars)

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"  call {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco

@trace
@repeat(2)
def square(x):
    "square doc"
    return x * x
print(square(3), square.__name__, square.__doc__, square.__wrapped__.__name__)

@trace
def documented(a, b=1):
    "Doc string."
    return a + b
print(documented(1), documented.__name__, documented.__doc__, documented.__qualname__)
print(inspect.signature(documented))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())

class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f; self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def hello(name): return "hi " + name
hello("a"); hello("b")
print(hello.calls, hello.__name__)
order = []
def d1(f): order.append("d1"); return f
def d2(f): order.append("d2"); return f
@d1
@d2
def h(): pass
print("decorator order:", order)
print(functools.partial(pow, 2)(10), functools.reduce(lambda a, b: a * b, range(1, 6)))
def locals_gen(a):
    b = a + 1
    yield b
lg = locals_gen(1)
print(inspect.getgeneratorlocals(lg))
next(lg)
print(inspect.getgeneratorlocals(lg))
lg.close()
print(inspect.getgeneratorlocals(lg), inspect.getgeneratorstate(lg))
