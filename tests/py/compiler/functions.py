# def/lambda: defaults, keyword-only, positional-only, *args/**kwargs,
# annotations, decorators, closures, global/nonlocal, generators,
# comprehensions and their scopes.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 9}))
print(f(1, *(2, 3), *[4], c=0, **{"x": 1}, **{"y": 2}))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)


def pos(a, b, /, c, *, d):
    return a + b + c + d


print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4), pos.__code__.co_posonlyargcount)


def ann(a: int, *args: str, b: "B" = 1, **kw: float) -> list:
    pass


print(ann.__annotations__)


def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + str(fn(*a, **k))
        return inner
    return wrap


@deco("<")
@deco(">")
def plus(x, y=1):
    return x + y


print(plus(1), plus(1, y=5))
print((lambda x, *a, y=3, **k: (x, a, y, k))(1, 2, z=4))
print((lambda: 42)(), (lambda *a: a)(1, 2))


def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc


c1 = counter()
print(c1(), c1(), c1(10))
total = 0


def add_global(n):
    global total
    total += n


add_global(3)
add_global(4)
print(total)


def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]


print([g(10) for g in make_adders()])


def late_binding():
    fs = [lambda: i for i in range(3)]
    return [g() for g in fs]


print(late_binding())


def cell_arg(a, b):
    def inner():
        return a * b
    a += 1
    return inner()


print(cell_arg(2, 3))


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "ret"


g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def delegate():
    result = yield from gen(2)
    print("delegate result", result)
    yield from [10, 20]


print(list(delegate()))
print(sum(x * x for x in range(5)))
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3)) if v})
print({c for c in "hello"} == set("helo"))
print([[y for y in range(x)] for x in range(3)])
xs = [1, 2, 3]
print([x for x in xs if (half := x // 2)], half)


def walrus_in_comp():
    [last := v for v in range(4)]
    return last


print(walrus_in_comp())
print(f.__name__, f.__qualname__, counter().__qualname__, make_adders()[0].__qualname__)


def docd():
    "the doc"
    return 1


print(docd.__doc__, (lambda: 0).__doc__)


def outer():
    def middle():
        def innermost():
            return __name__
        return innermost
    return middle()


print(outer()(), outer().__qualname__)
