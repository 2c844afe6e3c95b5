class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x
        self.y += o.y
        return self
    def __bool__(self):
        return bool(self.x or self.y)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __pow__(self, n, mod=None):
        return V(self.x ** n, self.y ** n) if mod is None else V(pow(self.x, n, mod), pow(self.y, n, mod))
    def __floordiv__(self, n):
        return V(self.x // n, self.y // n)
    def __rfloordiv__(self, n):
        return V(n // self.x, n // self.y)
    def __lt__(self, o):
        return abs(self) < abs(o)

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(b), a + 1, 1 + a)
print(a == V(1, 2), a != b, a == 5, bool(V(0, 0)), bool(a))
c = a
c += b
print(c, a is c)
print(a[0], a[-1], list(a), len(a), 4 in a, 9 in a)
print(a @ b, a ** 2, pow(b, 2, 5), b // 2, 12 // b)
print(sorted([b, a, V(0, 1)]))
print(max(a, b), min([a, b]))
try:
    a < 5
except Exception as e:
    print(type(e).__name__, e)
try:
    a + "x"
except TypeError as e:
    print(e)
try:
    "x" + a
except TypeError as e:
    print(e)
print(hash(V) is not None)
try:
    hash(a)
except TypeError as e:
    print(e)

class Num(int):
    def __add__(self, o):
        return Num(int(self) + int(o) + 100)
    def __radd__(self, o):
        return Num(int(self) + int(o) + 1000)
print(Num(1) + 1, 1 + Num(1), Num(1) + Num(2), type(Num(5) * 2))

class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return NotImplemented
print(Base() == Derived())
print(Base() != Base())

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), Cmp(3) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
