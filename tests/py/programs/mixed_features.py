import sys
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.name < other.name

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"

class Cat(Animal):
    @property
    def lives(self):
        return 9
    @classmethod
    def create(cls, n):
        return cls(n)
    @staticmethod
    def kind():
        return "feline"

animals = [Dog("rex"), Cat.create("tom"), Animal("generic")]
for a in sorted(animals):
    print(a, a.speak())
print(Animal.count, Cat.kind(), animals[1].lives)
print({a: a.name for a in animals}[Dog("rex")])
print(Dog.__mro__)
print(isinstance(animals[0], Animal), issubclass(Cat, Dog))

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    print("r =", r)
print(list(deleg()))

try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
try:
    f()
except TypeError as e:
    print(e)

x = [1, 2, 3, 4, 5]
a, *b, c = x
print(a, b, c)
print(x[::-1], x[1:4:2])
print([y for y in range(10) if y % 2], {k: v for k, v in zip("abc", range(3))})
s = "Hello, Wörld"
print(s.upper(), s.lower(), s[7:], len(s), s.encode())
print("%d %s %.2f %r" % (1, "x", 3.14159, "y"))
print("{:>10}|{:<5}|{:^7}|{:08.3f}".format("r", "l", "c", 3.14159))
print(f"{2**100:,}", f"{255:#x}", f"{0.1+0.2!r}")
import math
print(math.sqrt(2), math.pi, math.floor(-2.5), math.gcd(12, 18))
print(sorted({3, 1, 2}), frozenset([1, 2]) | {3})
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** -1, round(2.5), round(3.5), round(1.2345, 2))
print(int("123"), float("1e10"), str(1e100), 1e16, 123456789.0 * 10)
print(max([3, 1, 2]), min("abc"), sum([0.1] * 10), any([]), all([]))
print(list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(hex(255), oct(8), bin(5), chr(65), ord("A"), abs(-3), pow(2, 10, 1000))
d = {"b": 2, "a": 1}
d.update(c=3)
print(d, list(d.items()), d.get("z", 0), d.pop("b"), d)
