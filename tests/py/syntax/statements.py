# Every simple and compound statement form.
x = 1
x += 2; x -= 1; x *= 5; x //= 3; x **= 2; x %= 7; print(x)
y = 0b1010; y &= 0b0110; print(y); y |= 1; print(y); y ^= 0xff; print(y)
y <<= 3; print(y); y >>= 2; print(y)
z = 7.0; z /= 2; print(z)
a = b = c = [1, 2]
print(a is b is c)
a, b = b, a = 3, 4
print(a, b)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
d = {}
d["k"] = d["j"] = 5
print(sorted(d.items()))
class NS: pass
ns = NS(); ns.v = 1; ns.v += 10; print(ns.v)
lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]; print(lst)
del lst[0], lst[-1]; print(lst)
del lst[::2]; print(lst)
del ns.v; print(hasattr(ns, "v"))
ann: int = 5
print(ann, __annotations__)
pass
assert True, "never"
try:
    assert 1 == 2, "msg %d" % 3
except AssertionError as e:
    print("assert:", e)
try:
    assert []
except AssertionError as e:
    print("assert args:", e.args)
for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for-else")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0: break
print("n", n)
if 0: print("a")
elif []: print("b")
elif "x": print("c")
else: print("d")
def g():
    global GG
    GG = 42
g(); print(GG)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer())
with open(__file__) as fh: print(fh.readline().strip())
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0]); return False
with Ctx(1) as c1, Ctx(2) as c2:
    print("body", c1, c2)
with (Ctx(3) as c3,
      Ctx(4)):
    print("paren body", c3)
def gen():
    yield 1
    return 2
print(list(gen()))
import math as m, sys as _s
from math import (floor,
    ceil as cl,)
print(m.pi > 3, floor(2.5), cl(2.5))
raise_seen = []
try:
    raise ValueError
except ValueError as e:
    raise_seen.append(type(e).__name__)
print(raise_seen)
try:
    e
except NameError as err:
    print(err)
if (w := 10) > 5: print("walrus", w)
print(__debug__)
lambda: 0
...
print("done")
