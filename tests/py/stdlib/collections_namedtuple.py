# namedtuple: construction, accessors, helpers, defaults, rename, errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[-1], len(p))
print(isinstance(p, tuple), Point.__mro__, Point.__name__, Point.__module__)
print(Point.__doc__, Point.x.__doc__, Point.y.__doc__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._fields)
print(Point._field_defaults, Point.__match_args__)
print(p == (1, 2), hash(p) == hash((1, 2)), p + (3,), tuple(p), list(p))
x, y = p
print(x, y, Point(y=7, x=8), Point(*range(2)))
print(p.__getnewargs__(), Point.__new__.__doc__, Point._make.__doc__)

P3 = namedtuple('P3', 'a, b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1'], rename=True)
print(R._fields)
M = namedtuple('M', 'q', module='some.mod')
print(M.__module__, M(1), M._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(Point, 1)
err(Point, 1, 2, 3)
err(Point, 1, y=2, z=3)
err(Point._make, [1])
err(Point._make, [1, 2, 3])
err(p._replace, z=1)
err(namedtuple, 'X', ['a', 'a'])
err(namedtuple, 'X', ['_a'])
err(namedtuple, 'X', ['class'])
err(namedtuple, 'X', ['a b-c'])
err(namedtuple, '1X', ['a'])
err(namedtuple, 'def', ['a'])
err(namedtuple, 'X', ['a'], defaults=[1, 2])
err(setattr, p, 'x', 5)
err(lambda: p.z)

class Sub(Point):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Sub!'

s = Sub(3, 4)
print(s.hyp, repr(s), str(s), s._replace(x=0), type(s._replace(x=0)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[Point(1, 2)])
