# Chained comparisons evaluate each operand once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(3) > v(2) >= v(2) == v(2) != v(5), log); log.clear()
print(v(1) in v([1, 2]) not in v([[1], [3]]), log); log.clear()
print(v(None) is v(None) is not v(1), log); log.clear()
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"lt {self.n} {o.n}")
        return "truthy" if self.n < o.n else ""
    def __repr__(self): return f"C{self.n}"
a, b, c = C(1), C(2), C(3)
print(a < b < c)
print(a < c < b)
print(a < b)
print(c < a < b)
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 4 < 5 < 5)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print([0 < i < 3 for i in range(5)])
print(sorted([3, 1, 2]) == [1, 2, 3] != [3])
print("a" < "b" < "c", (1, 2) < (1, 3) < (2,), [1] < [1, 0])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(e)
try:
    print(1 < 2 < "a")
except TypeError as e:
    print(e)
print(2 > 1 < 3, not 1 < 2 < 3)
