# Odds and ends: evaluation order, unwinding through finally and with,
# global/nonlocal from nested scopes, unbound locals, star expressions.
def side(x, log=[]):
    log.append(x)
    return x
print(side(1) < side(2) < side(0) < side(5), side.__defaults__[0])
def f(*a):
    return 1, *a, 2
print(f(3, 4))
def g():
    yield 1, *range(2)
print(list(g()))
def cont_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
            out.append(-i)
    return out
print(cont_finally())
def ret_with_finally():
    try:
        with open_ctx() as c:
            return c
    finally:
        print("outer finally")
class open_ctx:
    def __enter__(self): return "ctx"
    def __exit__(self, *a): print("ctx exit")
print(ret_with_finally())
x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed"
    inner()
    return x
print(outer(), x)
def make():
    val = 0
    class K:
        def bump(self):
            nonlocal val
            val += 1
            return val
    return K()
k = make()
print(k.bump(), k.bump())
order = []
d = {side_k: side_v for side_k, side_v in [(order.append("k") or 1, order.append("v") or 2)]}
print(d, order)
def gen_except():
    try:
        raise KeyError
    except KeyError:
        yield "in handler"
        yield "still"
    yield "after"
print(list(gen_except()))
def deep(n):
    if n:
        return deep(n - 1) + 1
    return 0
print(deep(50))
a = b = c = 0
a += b + (c := 5)
print(a, c)
s = 0
for i in range(10):
    if i % 2 == 0: continue
    s += i
else:
    s *= 10
print(s)
try:
    try:
        raise ValueError("a")
    finally:
        print("inner fin")
except ValueError as e:
    print("outer caught", e)
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("unbound:", e)
    z = 1
unbound()
def closure_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
closure_unbound()
print([lambda: i for i in range(2)][0](), (lambda *, k=3: k)())
import sys as _s, sys
print(_s is sys)
print(*[1, 2], sep="-")
print({*()}, [*()], (*(),))
