# Line events for control flow: class bodies, comprehensions, lambdas,
# branches, loops with break/continue/else, multi-line statements,
# with-statements, try/finally, nested functions and exec'd module code.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__ and co.co_filename != '<traced>':
        return None
    rel = frame.f_lineno - co.co_firstlineno
    if event in ('return', 'call'):
        print(event, co.co_name, rel, repr(arg))
    elif event == 'exception':
        print(event, co.co_name, rel, arg[0].__name__)
    else:
        print(event, co.co_name, rel)
    return show

def branches(x):
    if x > 2:
        r = "big"
    elif x > 1:
        r = "mid"
    else:
        r = "small"
    return r

def loops():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    else:
        out.append("else")
    for k in range(2):
        pass
    else:
        out.append("done")
    n = 0
    while True:
        n += 1
        if n > 2:
            break
    return out, n

def multiline(a,
              b):
    total = (a +
             b +
             1)
    d = {
        "a": a,
        "b": b,
    }
    return [total,
            d]

def comps(n):
    sq = [i * i for i in range(n)]
    st = {i % 2 for i in range(n)}
    dc = {i: i for i in range(2)}
    ge = list(x for x in sq if x)
    f = lambda v: v + 1
    return sq, st, dc, ge, f(1)

def make_class():
    class K:
        a = 1
        def m(self):
            return self.a
        b = a + 1
    return K().m()

class Res:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False

def withs():
    with Res() as r:
        x = r + 1
    with Res() as r1, Res() as r2:
        y = r1 + r2
    return x + y

def tryfinally():
    try:
        a = 1
    finally:
        b = 2
    try:
        try:
            raise ValueError
        finally:
            c = 3
    except ValueError:
        d = 4
    return a + b + c + d

def outer():
    v = 1
    def inner(w):
        return v + w
    return inner(2)

def decorate(f):
    return f

@decorate
def decorated():
    return 5

sys.settrace(show)
branches(3); branches(2); branches(1)
loops()
multiline(1, 2)
comps(3)
make_class()
withs()
tryfinally()
outer()
decorated()
exec(compile("p = 1\nq = p + 1\nfor i in range(2):\n    q += i\n", "<traced>", "exec"), {})
sys.settrace(None)
