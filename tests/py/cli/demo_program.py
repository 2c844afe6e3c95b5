"""A small tour of krait: classes, closures, generators, comprehensions,
exceptions and big integers.  Prints a checksum so runs can be compared."""
import time


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0

    def bump(n=1):
        nonlocal count
        count += n
        return count
    return bump


start = time.perf_counter()
v = Vector(0, 0)
for i in range(100000):
    v = v + Vector(i % 7, i % 11)
print("vector sum:", v)

gen = fib()
fibs = [next(gen) for _ in range(90)]
print("fib(89) =", fibs[-1])

bump = counter()
for k in range(1000):
    bump(k)
print("closure total:", bump(0))

squares = {n: n * n for n in range(20) if n % 3 == 0}
print("squares:", squares)

errors = 0
for x in range(-3, 4):
    try:
        1 / x
    except ZeroDivisionError as e:
        errors += 1
        print("caught:", e)
print("2**200 =", 2 ** 200)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
checksum = (v.x * 31 + v.y + fibs[-1] % 1000003 + bump(0) + errors) % 1000000007
print("checksum:", checksum)
print(f"elapsed: {time.perf_counter() - start:.3f}s", file=__import__("sys").stderr)
