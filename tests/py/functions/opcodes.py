# Less common instructions: star imports, class-body free variables,
# annotations, unpacking with a star, f-string conversions, chained
# comparisons, del of names, global/nonlocal declarations.
from _star_support import *
print(public, _semi)
try:
    hidden
except NameError as e:
    print(e)
from _star_support2 import *
print(a, c())
try:
    _b
except NameError as e:
    print(e)

def make():
    x = "free"
    class C:
        y = x
        def m(self):
            return x
    return C
print(make().y, make()().m())

def make2():
    x = "outer"
    class C:
        x = "inner"
        y = x
    return C.y
print(make2())

count: int = 5
label: str
print(__annotations__)
class Ann:
    a: int
    b: str = "s"
print(Ann.__annotations__, Ann.b)

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    x, y, *z = [1]
except ValueError as e:
    print(e)
try:
    x, y = 1, 2, 3
except ValueError as e:
    print(e)
try:
    x, y = "abc"
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)

v = 3.14159
name = "krait"
print(f"{name!r} {name!s} {name!a} {v:.2f} {v!r:>10} {'é'!a} {7:03d} {name=}")
print(f"{{literal}} {1 + 1} {[1, 2][0]} {'nested ' + f'{v:.1f}'}")

n = 5
print(1 < n < 10, 1 < n > 10, n == 5 == 5.0, 1 < 2 < 3 < 2)

g1 = 1
def use_global():
    global g1
    g1 += 1
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(e)
    return g1
print(use_global(), g1)
tmp = 1
del tmp
try:
    tmp
except NameError as e:
    print(e)
try:
    del tmp
except NameError as e:
    print(e)

def nl():
    a = 1
    def inner():
        nonlocal a
        del a
    inner()
    try:
        return a
    except NameError as e:
        return str(e)
print(nl())

d = {"a": 1, **{"b": 2}, "c": 3}
s = {*range(3), 5}
l = [*range(2), *"xy"]
t = (*l, 9)
print(d, s, l, t)
print({k: v for k, v in d.items() if v > 1}, {x % 3 for x in range(10)})
print([y for x in range(3) for y in range(x)])
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
print(not 0, not [1], -(-3), +4, ~5)
print(1 if [] else 2, [] or "default", 0 and 1, 3 and 4)
print(n if (n := 10) > 5 else 0, n)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never")
print(i)
print(type(...).__name__, None is None, n is not None, "a" in "abc", 3 not in [1, 2])
items = [3, 1, 2]
items[1:2] = [9, 8]
del items[0]
print(items, items[::-1], items[-1])
obj = type("O", (), {})()
obj.attr = 1
del obj.attr
print(hasattr(obj, "attr"))
assert isinstance(obj, object), "not reached"
