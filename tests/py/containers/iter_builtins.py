# enumerate, zip (strict), map, filter, reversed, iter(callable, sentinel), sequence iteration
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
print(list(enumerate("ab", 10**20)), list(enumerate(iterable="x", start=2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), range(3))))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(lambda *a: a, "ab", "cd", "e")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(10))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: list(zip([1, 2], [3], strict=True)))
err(lambda: list(zip([1], [3, 4], strict=True)))
err(lambda: list(zip([1], [3, 4], [5], strict=True)))
err(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
print(list(zip([1, 2], [3, 4], strict=True)))
err(lambda: zip(1))
err(lambda: zip([1], x=1))
err(lambda: enumerate())
err(lambda: enumerate(1))
err(lambda: enumerate([1], 1.5))
err(lambda: enumerate([1], 2, 3))
err(lambda: enumerate([1], x=3))
err(lambda: map())
err(lambda: map(len))
err(lambda: map(len, 1))
err(lambda: filter())
err(lambda: filter(None, 1))
err(lambda: reversed(1))
err(lambda: reversed())
err(lambda: reversed([1], 2))
err(lambda: iter(1, 2))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), type(iter(Seq())).__name__, 9 in Seq())
class Sized(Seq):
    def __len__(self):
        return 4
print(list(reversed(Sized())), iter(Sized()).__length_hint__())
err(lambda: reversed(Seq()))
class NoRev(Sized):
    __reversed__ = None
err(lambda: reversed(NoRev()))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci))
e = enumerate("abc")
print(next(e), next(e), type(e).__name__, iter(e) is e)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
class E(enumerate):
    pass
print(list(E("ab", 1)), type(E("a")).__name__)
print(isinstance(enumerate, type), enumerate.__name__, zip.__name__, map.__name__, filter.__name__, reversed.__name__)
