# tuple: construction, hashing, operators, methods, errors
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], t[::2], (), (1,), tuple(), tuple([1, 2]), tuple("ab"))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((-2,)))
print(hash((0, 0, 0)), hash((True, False)), hash(((), ())), hash((2**61, -2**61)))
print(hash((1.5, 2.25)), hash((10**20,)), hash((((1,),),)), hash(tuple(range(30))))
print(t + (4,), t * 2, 2 * t, t * 0, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
print(t == (1, 2, 3), t != (1, 2, 3), (1, 2) == [1, 2], t.count(2), t.index(3), (1, 2, 1).index(1, 1))
print(2 in t, 5 in t, t.__getnewargs__())
e1 = ()
e2 = tuple([])
print(e1 is e2, t[5:5] is e1, tuple(t) is t)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: t[3])
err(lambda: t["a"])
err(lambda: t + [4])
err(lambda: t * 1.5)
err(lambda: t.index(9))
err(lambda: tuple(1, 2))
err(lambda: tuple(5))
err(lambda: hash((1, [])))
def assign():
    t[0] = 1
err(assign)
d = {(1, 2): "a", (1, (2,)): "b"}
print(d[(1, 2)], d[1, (2,)])
x, y, *z = (1, 2, 3, 4)
print(x, y, z)
it = iter(t)
print(type(it).__name__, it.__length_hint__(), next(it), list(it))
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, p + (3,), p == (1, 2), len(p))
print(repr((1, "a", None)), str(((1,),)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
