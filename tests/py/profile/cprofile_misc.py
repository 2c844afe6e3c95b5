# Classes, properties, static/class methods, lambdas, comprehensions,
# builtins called as methods, and an exception leaving a `with` block.
import cProfile, pstats, io, sys

class Clock:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * 0.001

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
    @staticmethod
    def make():
        return Point(1, 2)
    @classmethod
    def cmake(cls):
        return cls(3, 4)

def body():
    pts = [Point(i, -i) for i in range(3)]
    total = sum(p.norm for p in pts)
    s = sorted(pts, key=lambda p: p.x)
    r = list(map(repr, pts))
    d = {}
    d.get(1); d.setdefault(2, 3); "a,b".split(","); ",".join(["x"])
    isinstance(1, int); getattr(pts[0], 'x'); max(1, 2); min([3, 4])
    Point.make(); Point.cmake()
    class Local:
        pass
    return total, s, r

c = Clock()
p = cProfile.Profile(c)
try:
    with p:
        body()
        raise KeyError("out")
except KeyError as e:
    print("caught", e)
print(c.n, sys.getprofile())
s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname')
st.print_stats()
st.print_callers()
st.print_callees()
print(s.getvalue())
