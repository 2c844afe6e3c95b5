# list/tuple subclasses: construction rules, keywords, methods returning base types
class L(list):
    pass
try:
    L(x=1)
except TypeError as e:
    print(e)
class T(tuple):
    pass
try:
    T(x=1)
except TypeError as e:
    print(e)
class T2(tuple):
    def __init__(self, *a, **k):
        pass
print(T2([1], x=1), type(T2([1], x=1)).__name__)
class L2(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        super().__init__(*a)
print(L2([1], x=1))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p[:1]).__name__, type(p + p).__name__, hash(p) == hash((3, 4)), p == (3, 4))
print(T([1, 2]).__getnewargs__(), type(T([1, 2]).__getnewargs__()[0]).__name__)
l = L("abc")
l.reverse()
print(l, type(l.copy()).__name__, type(l[::2]).__name__, l.pop(), l)
class Stack(list):
    def push(self, v):
        self.append(v)
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.pop(), s, isinstance(s, list), issubclass(Stack, list))
print(tuple(L([1, 2])), list(T((3,))), T() == (), L() == [])
