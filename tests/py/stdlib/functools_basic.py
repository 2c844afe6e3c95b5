# functools: reduce, partial, partialmethod, wraps/update_wrapper, total_ordering, cmp_to_key
import functools
from functools import reduce, partial, partialmethod, wraps, update_wrapper, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + [b], 'abc', []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)

def f(a, b=2, *rest, **kw):
    return (a, b, rest, kw)

p = partial(f, 1, k=3)
print(p(), p(5, 6, k=4, z=0), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ADDR'))
pp = partial(p, 9, q=1)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'))
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
class MyPartial(partial):
    pass
print(repr(MyPartial(len, 'x')).split('(')[0], MyPartial(len, 'abc')())
base2 = partial(int, base=2)
print(base2('1011'), base2('11', base=10))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @property
    def alive(self):
        return self._alive
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
print(type(Cell.__dict__['set_alive']).__name__)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper

@deco
def documented(x: int) -> int:
    """Adds one."""
    return x + 1
print(documented(1), documented.__name__, documented.__doc__, documented.__annotations__,
      documented.__wrapped__.__name__, documented.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def plain(): pass
def target(): 'doc'
target.extra = 1
update_wrapper(plain, target)
print(plain.__name__, plain.__doc__, plain.extra, plain.__wrapped__ is target)

@total_ordering
class Version:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), a >= Version(1))
@total_ordering
class G:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __gt__(self, o): return self.n > o.n
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), sorted(x.n for x in [G(3), G(1), G(2)]))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def numeric_cmp(x, y):
    return (x > y) - (x < y)
print(sorted([5, 2, 4, 1], key=cmp_to_key(numeric_cmp)), sorted('bca', key=cmp_to_key(lambda x, y: numeric_cmp(y, x))))
K = cmp_to_key(numeric_cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), type(K(1)).__name__)
try:
    hash(K(1))
except TypeError as e:
    print('TypeError', 'unhashable' in str(e))
print(min([3, 1, 2], key=cmp_to_key(numeric_cmp)))
