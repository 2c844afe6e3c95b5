# Generators and yield in every context the compiler must handle: inside
# try/except/finally, with blocks, loops, expressions; yield from with
# send/throw/close; generator expressions and their scopes.
class Res:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("open", self.n)
        return self

    def __exit__(self, *exc):
        print("close", self.n, exc[0].__name__ if exc[0] else None)


def gen_with():
    with Res(1) as r:
        yield r.n
        yield r.n + 1


print(list(gen_with()))
g = gen_with()
print(next(g))
g.close()


def gen_try():
    try:
        x = yield "first"
        print("received", x)
        yield "second"
    except KeyError as e:
        print("caught in gen", repr(e))
        yield "after-catch"
    finally:
        print("gen finally")


g = gen_try()
print(next(g), g.send(42), g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("exhausted")


def inner():
    got = yield 1
    print("inner got", got)
    try:
        yield 2
    except ValueError:
        print("inner caught")
        yield 3
    return "inner-done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-last"


g = outer()
print(next(g), g.send("s"), g.throw(ValueError), next(g))


def yield_expr():
    a = (yield) or 0
    b = [(yield)]
    c = yield a + 1
    return a, b, c


g = yield_expr()
next(g)
print(g.send(5))
try:
    g.send("c")
except StopIteration as e:
    print("return value", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
y = 10
print(list(y * x for x in range(3)))
print(list((x, z) for x in range(2) for z in range(x, 3)))


def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "fin"


g = gen_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
lam = lambda: (yield 7)
print(list(lam()))
