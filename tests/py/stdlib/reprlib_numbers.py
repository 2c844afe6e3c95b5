# reprlib (Repr limits, recursive_repr) and numbers (ABC tower)
import reprlib, numbers

r = reprlib.repr
print(r(list(range(100))), r(tuple(range(3))), r(tuple(range(20))), r((1,)), r([]), r(()))
print(r('x' * 100), r('short'), r({i: str(i) for i in range(10)}), r({}), r({'a': 1}))
print(r(set(range(20))), r(set()), r(frozenset('abcdefghij')), r(frozenset()), r(10 ** 60), r(12345))
print(r([[[[[[[1]]]]]]]), r({'k': [[[[[['deep']]]]]]}), r(b'y' * 50), r(3.5), r(None), r({3, 1, 2}))
class Big:
    def __repr__(self): return 'B' * 100
class Bad:
    def __repr__(self): raise ValueError
print(r(Big()), r(Bad()).startswith('<Bad instance at 0x'))
a = reprlib.Repr(); a.maxlist = 2; a.maxstring = 10; a.maxlevel = 2; a.maxother = 5
print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr(Big()), a.maxdict, a.maxset, a.maxlong, a.fillvalue)
class Hey(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'
print(Hey().repr([1, 'a', 2]))
from collections import deque
print(r(deque(range(20))))

class Node:
    def __init__(self, v): self.v = v; self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
n = Node(1); n.children.append(n); n.children.append(Node(2))
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, '__wrapped__'))
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Other({self.me})'
o = Other(); o.me = [o]; print(o)

print(isinstance(1, numbers.Integral), isinstance(True, numbers.Integral), isinstance(1.0, numbers.Integral))
for v in (1, 1.5, 2j, True, 'x', None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Real), issubclass(complex, numbers.Real), issubclass(numbers.Integral, numbers.Complex))
print(numbers.Number.__hash__, numbers.__all__, sorted(numbers.Integral.__abstractmethods__)[:5])
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = None
    __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = None
    __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = None
    __round__ = __rpow__ = __rrshift__ = __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = None
    __trunc__ = __xor__ = None
print(float(MyInt(3)), MyInt(4).denominator, complex(MyInt(2)), MyInt(5).imag, isinstance(MyInt(1), numbers.Number))
