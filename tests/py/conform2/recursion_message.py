import sys
sys.setrecursionlimit(200)
def run(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, e)
def plain():
    def r(): return r()
    r()
run("plain", plain)
class A:
    def __getattr__(self, n):
        return getattr(self, n)
run("getattr", lambda: A().x)
class B:
    def __getattr__(self, n):
        return self.y
run("getattr-attr", lambda: B().x)
class R:
    def __repr__(self): return repr(self)
run("repr", lambda: repr(R()))
class E:
    def __eq__(self, o): return self == o
run("eq", lambda: E() == E())
class S:
    def __str__(self): return str(self)
run("str", lambda: str(S()))
l = []
l2 = l
for i in range(1000): l2.append([]); l2 = l2[0]
run("nested-repr", lambda: repr(l))
class C:
    def __call__(self): return self()
run("call", lambda: C()())
class L:
    def __len__(self): return len(self)
run("len", lambda: len(L()))
class H:
    def __hash__(self): return hash(self)
run("hash", lambda: hash(H()))
class I:
    def __iter__(self): return iter(self)
run("iter", lambda: iter(I()))
class G:
    def __getitem__(self, k): return self[k]
run("getitem", lambda: G()[0])
class P:
    @property
    def p(self): return self.p
run("prop", lambda: P().p)
def f(x): return sorted([1,2], key=f)
run("key", lambda: f(1))
def m(x): return list(map(m, [1]))
run("map", lambda: m(1))
class AD:
    def __add__(self, o): return self + o
run("add", lambda: AD() + 1)
