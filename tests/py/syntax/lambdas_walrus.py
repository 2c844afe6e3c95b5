# Lambdas, conditional expressions and assignment expressions.
sq = lambda x: x * x
print(sq(4), sq.__name__, (lambda: None)())
add = lambda a, b=10, *c, d, e=5, **f: (a, b, c, d, e, sorted(f))
print(add(1, d=2), add(1, 2, 3, 4, d=0, z=9))
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda a, /, b: a - b)(5, b=2))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: (yield 1))().__next__())
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([cond(n) for n in (-1, 0, 1)])
print((1 if 1 else 2) + 1, 1 if 0 else 2 + 1)
# walrus
data = [1, 5, 9, 3]
if (n := len(data)) > 3: print("len", n)
print([y for x in data if (y := x * 2) > 5], y)
print([(z := w) for w in range(3)], z)
while (chunk := data.pop()) != 5: print("chunk", chunk)
print(data)
def fn():
    [t := 1 for _ in range(2)]
    return t
print(fn())
print((a := 1, b := 2), a, b)
print(f"{(q := 7)} {q}")
vals = {k: (v := k * k) for k in range(3)}; print(vals, v)
def counter():
    c = 0
    return [c := c + 1 for _ in range(3)], c
print(counter())
print(any((hit := x) > 4 for x in [1, 6, 2]), hit)
g = (lambda: (w := 3) + w)
print(g())
x = 0
print(x := 5 if False else 6) if False else print(x)
import re
if m := re.match(r"(\d+)", "42abc"): print(m.group(1))
class K:
    attr = (tmp := 3) * 2
print(K.attr, K.tmp)
print(sum(filter(lambda v: v % 2, map(lambda v: v + 1, range(6)))))
print((lambda x: (lambda y: x * y))(3)(4))
print((lambda: 0) is not None)
