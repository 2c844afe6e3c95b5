# List/set/dict comprehensions and generator expressions: nesting, scoping.
print([x * 2 for x in range(5) if x % 2 if x > 1])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)} == {0, 1, 2}, sorted({c.lower() for c in "AbBa"}))
print({k: v for k, v in zip("abc", range(3)) if v}, {i: i * i for i in range(4)})
print(sum(x for x in range(10)), list(x for x in "ab"), tuple(i for i in range(3) if i))
print([x for x in [y for y in range(6)] if x in {z for z in range(0, 6, 2)}])
x = "outer"
print([x for x in range(2)], x)
print([i for i in range(3)], "i" in dir())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * n for v in vals for n in vals if n == vals[0]]
    except NameError as e:
        bad = str(e)
    n = 10
    try:
        uses_n = [n for _ in range(2)]
    except NameError as e:
        uses_n = str(e)
print(K.doubled, K.bad, K.uses_n)
def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closure_in_comp())
def capture():
    base = 100
    return [base + i for i in range(3)], {base: i for i in range(1)}
print(capture())
gen = (x * y for x in range(3) for y in range(2))
print(list(gen))
it = iter([1, 2, 3])
print([v for v in it if v != 2], list(it))
try:
    list(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    print("lazy error:", e)
g = (v for v in undefined_name) if False else None
try:
    (v for v in undefined_iter)
except NameError as e:
    print(e)
print([c for c in "hello" if c not in "aeiou"], "".join(c.upper() for c in "abc"))
print({(a, b): a + b for a in range(2) for b in range(2)})
print([(lambda q: q * 2)(v) for v in range(3)])
print([y for x in [[1, 2], [3]] for y in x], [[*row, 0] for row in matrix])
print(max((len(w), w) for w in "the quick brown fox".split()))
pairs = [(1, "b"), (0, "a")]
print(dict((v, k) for k, v in pairs), sorted((k for k, _ in pairs), reverse=True))
total = 0
nums = [total := total + n for n in range(5)]
print(nums, total)
print([[x, y] for x in range(2) if x for y in range(3) if y != x])
print(list(map(lambda p: p[0] * p[1], [(i, j) for i in range(1, 3) for j in range(1, 3)])))
nested = {k: {j: k * j for j in range(2)} for k in range(2)}
print(nested)
print(set(map(len, ["a", "bb", "cc"])), frozenset(x for x in "aab") == frozenset("ab"))
def gen_scope():
    y = 5
    g = (y * i for i in range(3))
    y = 10
    return list(g)
print(gen_scope())
def first_iter_eager():
    src = [1, 2]
    g = (i for i in src)
    src = [9]
    return list(g)
print(first_iter_eager())
