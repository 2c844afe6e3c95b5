# Generators: iteration, send, return values, close, throw, yield from.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)

g = echo()
try:
    g.send(1)
except TypeError as err:
    print(err)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = closing()
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
g.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores()
next(g)
try:
    g.close()
except RuntimeError as err:
    print(err)

def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as err:
            yield "caught " + str(err)

g = catcher()
print(next(g), g.throw(ValueError("x")), next(g))
print(g.throw(ValueError, "y"))
try:
    g.throw(KeyError("k"))
except KeyError as err:
    print("propagated", err)
print(list(g))

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return r

print(list(outer()))
o = outer()
print(next(o), o.send("hi"))
print(next(o))

def delegating_throw():
    try:
        yield from catcher()
    except KeyError:
        yield "outer caught"

d = delegating_throw()
print(next(d), d.throw(ValueError("v")), d.throw(KeyError))

def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))

def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as err:
    print(err)

gen = (x * x for x in range(5) if x % 2 == 0)
print(type(gen).__name__, list(gen), list(gen))
print(sum(x for x in range(100)))
print(count.__code__.co_flags & 0x20 != 0, type(count(1)).__name__)
print(count(3).__name__, count(3).__qualname__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if len(out) == 10:
        break
    out.append(v)
print(out)

def gen_with_return_in_try():
    try:
        yield 1
        return 5
    finally:
        print("finally runs")
print(list(gen_with_return_in_try()))
