import sys
class A:
    def m(self, *a, **k):
        return (type(self).__name__, a, sorted(k.items()))
a = A()
m = a.m
print(m(*(1, 2), **{"x": 3}), m(*()), A.m(a, *[5]))
try:
    m(*(1,), self=2)
except TypeError as e:
    print(e)
sys.setrecursionlimit(5000)
class R:
    def down(self, n):
        if n == 0:
            return 0
        f = self.down
        return f(*(n - 1,)) + 1
print(R().down(3000))
