"""Utilities: functools, itertools and operator working together."""
import functools
import itertools
import operator
from functools import lru_cache, partial, reduce, wraps, singledispatch, cached_property

CALLS = []


def traced(label):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            CALLS.append((label, fn.__name__, args))
            return fn(*args, **kwargs)
        wrapper.calls = lambda: sum(1 for c in CALLS if c[1] == fn.__name__)
        return wrapper
    return deco


@traced("math")
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=3)
def slow_square(n):
    CALLS.append(("sq", n))
    return n * n


def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int with {obj.bit_length()} bits"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "min": min(self.values), "max": max(self.values)}


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(map(int, text.split(".")))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


def main():
    print(power(3), power(2, 10), power.__name__, power.__doc__, power.calls())
    print("wrapped:", power.__wrapped__(5), CALLS[:2])

    print("fib:", [fib(i) for i in range(15)], fib(90))
    info = fib.cache_info()
    print("cache:", info.hits, info.misses, info.maxsize, info.currsize)
    for n in [1, 2, 3, 1, 4, 1, 2]:
        slow_square(n)
    print("lru3:", slow_square.cache_info(), [c for c in CALLS if c[0] == "sq"])
    slow_square.cache_clear()
    print("cleared:", slow_square.cache_info().currsize)

    cube = partial(power, exp=3)
    print("partial:", cube(4), cube.func.__name__, cube.keywords, partial(int, base=2)("1011"))
    to_int_list = partial(map, int)
    print("partial map:", list(to_int_list("12345")))
    pipeline = compose(str.strip, str.upper, lambda s: s.replace(" ", "_"), len)
    print("compose:", pipeline("  hello big world "))
    print("reduce:", reduce(operator.mul, range(1, 11)), reduce(operator.add, [], 0),
          reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5]))
    print("cmp_to_key:", sorted(["pear", "Fig", "apple", "kiwi"],
                                key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a.lower() > b.lower()) - (a.lower() < b.lower()))))

    print("\nsingledispatch:", describe(255), "|", describe("x"), "|", describe([1, (2, 3)]))
    ds = Dataset([4, 8, 15, 16, 23, 42])
    print("cached_property:", ds.stats["mean"], ds.stats["max"], ds.computed)
    del ds.stats
    ds.values.append(100)
    print("recomputed:", ds.stats["n"], ds.computed)
    vs = sorted(map(Version, ["1.10.0", "1.2.3", "1.2.10", "0.9"]))
    print("versions:", vs, max(vs), Version("1.2") >= Version("1.1.9"))

    print("\nitertools:")
    print(" accumulate:", list(itertools.accumulate([3, 1, 4, 1, 5], max)),
          list(itertools.accumulate(range(1, 6), operator.mul, initial=1)))
    print(" chain:", list(itertools.chain.from_iterable(["ab", "cd"])))
    print(" combos:", list(itertools.combinations("abcd", 2))[:4],
          len(list(itertools.permutations(range(4), 3))))
    print(" product:", ["".join(p) for p in itertools.product("xy", repeat=3)])
    print(" cwr:", list(itertools.combinations_with_replacement([1, 2, 3], 2)))
    print(" groupby:", [(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")])
    print(" islice:", list(itertools.islice(itertools.count(10, 5), 2, 6)))
    print(" cycle:", list(itertools.islice(itertools.cycle("RGB"), 7)))
    print(" repeat/starmap:", list(itertools.starmap(pow, zip(range(5), itertools.repeat(3)))))
    print(" takewhile/dropwhile:", list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])),
          list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
    print(" filterfalse:", list(itertools.filterfalse(operator.not_, [0, 1, "", "a", None])))
    print(" compress:", list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
    print(" zip_longest:", list(itertools.zip_longest("abc", [1], fillvalue="-")))
    a, b = itertools.tee(iter(range(4)))
    print(" tee:", list(a), list(b))
    print(" pairwise:", list(itertools.pairwise("wxyz")))

    print("\noperator:")
    people = [("ann", 31, "ny"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 25, "ny")]
    print(" itemgetter:", sorted(people, key=operator.itemgetter(1, 0)))
    print(" multi:", operator.itemgetter(0, 2)(people[0]), operator.itemgetter(slice(1, None))("hello"))
    print(" attrgetter:", list(map(operator.attrgetter("real", "imag"), [1 + 2j, 3j])))
    print(" methodcaller:", list(map(operator.methodcaller("rjust", 5, "."), ["a", "bb"])))
    print(" ops:", operator.add(2, 3), operator.neg(4), operator.truediv(7, 2),
          operator.floordiv(7, 2), operator.contains([1, 2], 2), operator.is_(None, None))
    d = {"x": 1}
    operator.setitem(d, "y", 2)
    operator.delitem(d, "x")
    print(" items:", d, operator.getitem(d, "y"), operator.index(7), operator.concat("ab", "cd"))
    lst = [1, 2]
    lst = operator.iadd(lst, [3])
    print(" iadd:", lst, operator.lt(1, 2), operator.eq("a", "a"), operator.length_hint(iter(range(9))))

    by_city = {city: [p[0] for p in grp] for city, grp in
               itertools.groupby(sorted(people, key=operator.itemgetter(2)), key=operator.itemgetter(2))}
    print(" grouped:", by_city)
    totals = {age: reduce(operator.add, (1 for p in people if p[1] == age)) for age in {25, 31}}
    print(" totals:", sorted(totals.items()))
    dot = sum(map(operator.mul, [1, 2, 3], [4, 5, 6]))
    print(" dot:", dot, " max by key:", max(people, key=operator.itemgetter(1, 2)))


if __name__ == "__main__":
    main()
