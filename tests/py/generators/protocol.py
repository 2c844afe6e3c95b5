# Generator send/throw/close, return values, yield from delegation.
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return received
    finally:
        print("echo finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
print(g.gi_frame is None, g.gi_running)
def fresh():
    x = yield 1
    print("got", x)
g = fresh()
try: g.send(5)
except TypeError as e: print(e)
print(g.send(None))
try: g.send(1)
except StopIteration as e: print("stop", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "handled"
g = catcher()
next(g)
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError, "second"))
try: g.throw(KeyError("k"))
except KeyError as e: print("escaped", e)
try: next(g)
except StopIteration: print("dead")
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = closer(); next(g); g.close(); g.close(); print("closed twice ok")
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_closer(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def ret_in_finally():
    try:
        yield 1
    finally:
        return "final"
g = ret_in_finally(); next(g)
print(g.close())
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    return (x, y)
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return "outer done"
g = outer()
print(next(g), g.send("A"), g.send("B"), next(g))
try: next(g)
except StopIteration as e: print(e.value)
def thrower_inner():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def thrower_outer():
    yield from thrower_inner()
    yield "after"
g = thrower_outer(); next(g)
print(g.throw(KeyError), next(g))
def gen_stopiter():
    yield 1
    raise StopIteration("bad")
try: list(gen_stopiter())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
def running():
    yield g2.gi_running
g2 = running(); print(next(g2))
def selfref():
    yield next(g3)
g3 = selfref()
try: next(g3)
except ValueError as e: print(e)
ge = (i * i for i in range(4))
print(ge.__name__, next(ge), list(ge), list(ge))
def counter(n):
    for i in range(n):
        yield i
    return n
def total():
    a = yield from counter(2)
    b = yield from counter(3)
    return a + b
def drive(gen):
    out = []
    while True:
        try: out.append(next(gen))
        except StopIteration as e: return out, e.value
print(drive(total()))
def delegating_close():
    try:
        yield from closer()
    finally:
        print("outer finally")
g = delegating_close(); next(g); g.close()
def st(): yield 1
g = st()
print(g.gi_suspended, g.gi_frame is None); next(g); print(g.gi_suspended)
g.close(); print(g.gi_frame is None, g.gi_suspended)
