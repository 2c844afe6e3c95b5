# Equality vs identity in containers, NaN, sort keys, hash invariants.
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan), [nan].count(nan), [nan].index(nan))
l = [nan]; print(l == l, nan == nan, {"k": nan} == {"k": nan})
class AlwaysEq:
    def __eq__(self, o): return True
print([1, 2].index(AlwaysEq()), AlwaysEq() in [5], [5].count(AlwaysEq()), (AlwaysEq(),) == (1,))
class Noisy:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq {self.n}?{getattr(o, 'n', o)}")
        return self.n == getattr(o, "n", o)
    __hash__ = lambda self: 0
s = [Noisy(1), Noisy(2)]
print(Noisy(2) in s)
d = {Noisy(1): "a"}; print(d[Noisy(1)])
print(sorted([3, 1, 2], key=lambda v: [v]), sorted([[2], [1, 5], [1]]), sorted([(1, [2]), (1, [1])]))
try: sorted([1, None])
except TypeError as e: print(e)
try: sorted([{1}, {2}, {1, 2}]); print("sets sortable (partial order)")
except TypeError as e: print(e)
try: [3, 1].sort(key=lambda v: 1 / 0)
except ZeroDivisionError as e: print("key error propagated:", e)
print(min([3, 1, 2], key=lambda v: -v), max("a", "B", key=str.lower), min([], default="dflt"), max([[1], [0, 9]]))
print(list(reversed(sorted("hello"))), sorted("hello", reverse=True) == sorted("hello")[::-1])
print([1, 2] * 0, [] * 10, [[0] * 2] * 2, -1 * [1])
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: (-p[1], p[0])))
print(all(x < y for x, y in zip([1, 2, 3], [2, 3, 4])), any(map(str.isupper, "abC")))
print(1 == 1.0 == True, {1, 1.0, True}, {True: "t", 1.0: "f"}, len({0, 0.0, False, -0.0}))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(0.5), hash(-0.5), hash(1e300) == hash(int(1e300)))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 2)) == hash(complex(1, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
print(hash(3.0) == hash(3), hash(2 ** 100) == hash(float(2 ** 100)), hash(-2 ** 100) == hash(-float(2 ** 100)))
