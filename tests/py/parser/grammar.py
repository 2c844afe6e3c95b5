# Grammar forms end to end (parsed by krait, run, compared with CPython).
def deco(tag):
    def wrap(f):
        f.tag = tag
        return f
    return wrap

@deco("t1")
@deco("t0")
def f(a, /, b=2, *args, c, d=4, **kw) -> int:
    return (a, b, args, c, d, sorted(kw))

print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f.tag)
g = lambda a, /, b=1, *c, d, e=2, **k: (a, b, c, d, e, k)
print(g(0, d=1), g(0, 1, 2, d=3, z=4))
first, *rest = [1, 2, 3]
*init, last = (1, 2, 3)
(a, b), [c, *d] = (1, 2), [3, 4, 5]
print(first, rest, init, last, a, b, c, d)
print([*rest, *init], {**{'x': 1}, 'y': 2}, (*rest,), {*rest})
if (n := len(rest)) > 1:
    print("walrus", n)
print([y for x in range(5) if (y := x * x) % 2])
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 'a' in 'abc', 'z' not in 'abc', None is not None)
print('yes' if n else 'no', 'a' if 0 else 'b' if 0 else 'c')
print(not 1, -~5, +-3, 2 ** -1, -2 ** 2, 7 // 2, 7 % 3, 1 << 3 >> 1, 6 & 3 | 8 ^ 1)
x = [0, 1, 2, 3, 4, 5]
print(x[1:4], x[::2], x[::-1], x[-2:], x[:-4], x[1:5:2])
del x[0], x[-1]
print(x)
total = 0
def outer():
    count = 0
    def inner():
        nonlocal count
        global total
        count += 1
        total += 10
        return count
    inner(); inner()
    return count
print(outer(), total)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
class Base:
    pass
class C(Base, metaclass=Meta, flag=True):
    """doc"""
    x: int = 5
    def m(self):
        return self.x
print(C.kw, C().m(), C.__doc__, C.__annotations__)
try:
    try:
        raise KeyError("k")
    except (KeyError, IndexError) as e:
        raise ValueError("v") from e
    else:
        print("no")
    finally:
        print("finally")
except ValueError as e:
    print(type(e).__name__, type(e.__cause__).__name__)
for i in range(3):
    if i == 1:
        continue
    print("loop", i)
else:
    print("loop done")
while True:
    break
else:
    print("not printed")
assert True, "never"
def gen():
    yield 1
    yield from [2, 3]
    x = yield
    return x
print(list(gen()), sum(i for i in range(4)), max((i for i in "abc"), key=ord))
print({k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"}, [(i, j) for i in range(2) for j in range(i)])
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
print(f(*[1], **{'c': 9}), print is print, type(...), type(NotImplemented).__name__)
s = 'abc' \
    'def'
print(s, (1 +
          2), [
    1,
    2,
])
x = 10; y = 20; print(x, y)
if x: pass
class Empty: pass
print(Empty.__name__)
