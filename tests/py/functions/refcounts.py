import sys
class O: pass
o = O()
def f(a, *args, k=None, **kw):
    return a
def g():
    yield o
    yield o
def h():
    try:
        raise ValueError(o)
    except ValueError as e:
        return e.args[0]
def cl():
    x = o
    def inner():
        return x
    return inner()
def unpack():
    a, b = (o, o)
    c, *d = [o, o, o]
    return a
def with_cm():
    class CM:
        def __enter__(self): return o
        def __exit__(self, *a): return True
    with CM() as v:
        raise KeyError
    return v
def fmt():
    return f"{o!r:>1}"
tests = [lambda: f(o), lambda: f(o, o, o, k=o, z=o), lambda: list(g()), h, cl, unpack, with_cm,
         lambda: f(*[o, o], **{"k": o}), lambda: [x for x in (o, o)], lambda: {o: o}, fmt,
         lambda: next(g()), lambda: g().close()]
for t in tests:
    t()
    before = sys.getrefcount(o)
    for i in range(100):
        t()
    after = sys.getrefcount(o)
    print(after - before, end=" ")
print()
