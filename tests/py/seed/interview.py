# Seed: "Interview Questions" and "Common Optimizations"
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("1. body executed, namespace keys:", sorted(k for k in ns if not k.startswith('__')))
        print("2. Meta.__new__", name)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("3. Meta.__init__", name)
        super().__init__(name, bases, ns)

class C(metaclass=Meta):
    x = 1
    def f(self):
        return 2
print("4. class object:", C)

try:
    d = {[1, 2]: 3}
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): 3}
print(d[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)

d = {}
for i in range(10):
    d[i] = i * i
del d[3]
d[3] = 9
print(list(d))

def slow():
    total = 0
    for i in range(1000):
        total += len([1, 2, 3])
    return total

def fast():
    _len = len
    total = 0
    for i in range(1000):
        total += _len([1, 2, 3])
    return total

print(slow(), fast())
result = []
for i in range(1000):
    result.append(i * 2)
print(result == [i * 2 for i in range(1000)])
words = ["a", "b", "c"] * 3
s = ""
for word in words:
    s += word
print(s == "".join(words), s)
x = 3
print(x in [1, 2, 3, 4, 5], x in {1, 2, 3, 4, 5})
print(sum([x * x for x in range(10000)]), sum(x * x for x in range(10000)))

class Point:
    __slots__ = ['x', 'y']
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, '__dict__'))
