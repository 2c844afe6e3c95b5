import sys
# scoping
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    inner()
    return x
print(outer(), x)
def make_counters():
    return [lambda i=i: i for i in range(3)], [lambda: i for i in range(3)]
a, b = make_counters()
print([f() for f in a], [f() for f in b])
def g():
    global y
    y = 10
g()
print(y)
class K:
    v = 1
    w = [v * i for i in range(3)] if False else None
    def m(self):
        return __class__
print(K().m() is K)
# exceptions
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 1 / n
for n in (0, 1, "a"):
    try:
        print(risky(n))
    except ValueError as e:
        print("VE", e)
    except TypeError as e:
        print("TE", e)
    else:
        print("no error")
    finally:
        print("done", n)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(h())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(42, "custom")
except MyErr as e:
    print(e, e.code, e.args)
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
with open(__file__) if False else __import__("contextlib").nullcontext(5) as v:
    print("ctx", v)
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with CM() as cm:
    raise ValueError("suppressed")
print("after with")
# unpacking
first, (second, third), *rest = [1, (2, 3), 4, 5]
print(first, second, third, rest)
print(*range(3), sep="-", end="!\n")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*"ab", *range(2)], (*"xy",))
def kw(*, a, b=2): return a + b
print(kw(a=1), kw(**{"a": 5, "b": 5}))
if (n := len("walrus")) > 3:
    print("walrus", n)
print([y for x in [[1, 2], [3]] for y in x if y != 2])
# generators
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
c.close()
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
gg = g2(); next(gg); gg.close()
def g3():
    yield 1
    return 5
def g4():
    r = yield from g3()
    yield r
print(list(g4()))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(sys.version_info[:2], sys.maxsize, type(sys.argv))
print(isinstance(True, int), True + True, 3 / 2, 3 // 2, -3 // 2, 3 % -2, 2 ** 100 % 7)
print(0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10, float("nan") == float("nan"), 1 / 3)
print(int("0x1f", 16), int("  42 "), int("-0b101", 0), float("  -1.5e3 "), complex(1, 2) * 1j)
