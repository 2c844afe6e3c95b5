# Star-unpacking everywhere the language allows it.
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = (1, 2); print(a, b, c)
[a, *b] = {7: 0}; print(a, b)
(a, (b, *c), *d) = (1, (2, 3, 4), 5, 6); print(a, b, c, d)
for x, *rest in [(1, 2, 3), (4,)]: print(x, rest)
print(*[1, 2], *"ab", sep="-")
print([*range(2), *[9]], (*"hi",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw): return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}, **{"n": 3}))
print(f(*(), **{}))
t = 1, *[2, 3], 4; print(t)
def g():
    return 0, *range(3)
print(g())
def h():
    yield 1, *"ab"
print(list(h()))
xs = [*{}, *set(), *""]; print(xs)
print(*(i * i for i in range(4)))
try:
    a, b = [1, 2, 3]
except ValueError as e: print(e)
try:
    a, b, c = [1, 2]
except ValueError as e: print(e)
try:
    a, *b, c = [1]
except ValueError as e: print(e)
try:
    a, b = 1
except TypeError as e: print(e)
try:
    f(**{"k": 1}, k=2)
except TypeError as e: print(e)
try:
    f(**[1])
except TypeError as e: print(e)
try:
    f(*5)
except TypeError as e: print(e)
def one(a): return a
try:
    one(*[1, 2])
except TypeError as e: print(e)
try:
    print({**[]})
except TypeError as e: print(e)
first, *_ = "hello"; print(first, _)
d = {"x": 1, "y": 2}
k1, k2 = d; print(k1, k2)
(*z,) = 1, 2; print(z)
m = [[1, 2], [3, 4]]
print([(a, b) for a, *b in m])
print({k: v for k, *v in [(1, 2, 3)]})
i, *j = iter(range(4)); print(i, j)
class It:
    def __iter__(self): return iter([10, 20, 30])
q, *w = It(); print(q, w)
print(max(*[3, 9, 2]), min(*"zay"))
