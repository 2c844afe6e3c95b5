# Reflected and in-place operators, NotImplemented fallbacks.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o): return V(self.x - o) if isinstance(o, int) else NotImplemented
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, o): return V(self.x / o)
    def __rtruediv__(self, o): return V(o / self.x)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __rmod__(self, o): return "rmod"
    def __pow__(self, o, m=None): return V(pow(self.x, o, m))
    def __rpow__(self, o): return V(o ** self.x)
    def __lshift__(self, o): return V(self.x << o)
    def __rlshift__(self, o): return "rlshift"
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return "or"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __rxor__(self, o): return "rxor"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
v = V(5)
print(v + 1, 1 + v, v + v, sum([V(1), V(2)], V(0)), sum([V(1)]))
print(v - 1, 10 - v, v * 2, 3 * v, v @ 1, 1 @ v, v / 2, 10 / v, v // 2, v % 3, 7 % v)
print(v ** 2, 2 ** v, pow(v, 2, 3), v << 1, 1 << v, v & 1, 1 & v, v | 1, 1 | v, v ^ 1, 1 ^ v)
print(divmod(v, 1), divmod(1, v))
try: v - "s"
except TypeError as e: print(e)
try: "s" + V(1) + 1
except TypeError as e: print(e)
class Sub(V):
    def __radd__(self, o): return "Sub.radd wins"
    def __add__(self, o): return "Sub.add"
print(V(1) + Sub(2), Sub(2) + V(1))
class IP:
    def __init__(self, items): self.items = items
    def __iadd__(self, o):
        self.items = self.items + [o]
        return self
    def __add__(self, o): return "plain add"
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "fallback sub"
    def __imul__(self, o): return "imul result"
p = IP([]); q = p
p += 1; p += 2
print(p.items, p is q)
p -= 1; print(p)
r = IP([]); r *= 3; print(r)
class OnlyAdd:
    def __add__(self, o): return "add used for +="
x = OnlyAdd(); x += 1; print(x)
lst = [1]; alias = lst; lst += [2]; print(alias, lst is alias)
t = (1,); talias = t; t += (2,); print(talias, t)
s = "a"; s *= 3; print(s)
n = 5; n **= 2; n //= 3; n <<= 1; n |= 1; n ^= 2; n &= 0xff; n >>= 1; n %= 7; print(n)
d = {"a": 1}; d |= {"b": 2}; print(d)
st = {1}; st |= {2}; st &= {2, 3}; st ^= {4}; st -= {4}; print(st)
class Eq:
    def __eq__(self, o): print("Eq.__eq__"); return NotImplemented
class Eq2:
    def __eq__(self, o): print("Eq2.__eq__"); return "eq2"
print(Eq() == Eq2())
print(Eq2() == Eq())
print(Eq() == Eq())
e = Eq(); print(e == e, e != e)
class Lt:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt reflected"
print(Lt() < Lt())
class NoCmp: pass
try: NoCmp() < NoCmp()
except TypeError as e: print(e)
try: NoCmp() + 1
except TypeError as e: print(e)
try: 1 - NoCmp()
except TypeError as e: print(e)
try:
    y = NoCmp(); y += 1
except TypeError as e: print(e)
try:
    z = [1]; z -= [1]
except TypeError as e: print(e)
try: NoCmp() ** 2
except TypeError as e: print(e)
try: pow(NoCmp(), 2, 3)
except TypeError as e: print(e)
class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
print(1 + IntSub(2), IntSub(2) + 1)
print(NotImplemented, type(NotImplemented).__name__, bool(1) if True else 0)
