# copy: shallow/deep, memo, __copy__/__deepcopy__, __reduce_ex__, copyreg, errors
import copy, copyreg

l = [1, [2, 3], {'a': [4]}]
s, d = copy.copy(l), copy.deepcopy(l)
print(s == l, s is l, s[1] is l[1], d[1] is l[1], d[2]['a'] is l[2]['a'], d == l)
for v in (1, 2.5, 'str', b'b', (1, 2), None, True, range(3), frozenset({1}), len, int, 3j):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2]); dt = copy.deepcopy(t); print(dt == t, dt is t, dt[1] is t[1], copy.deepcopy((1, 2)) is not None)
rec = [1]; rec.append(rec); drec = copy.deepcopy(rec); print(drec[1] is drec, drec is not rec)
shared = [0]; both = [shared, shared]; db = copy.deepcopy(both); print(db[0] is db[1], db[0] is not shared)
dd = {'k': {1, 2}}; print(copy.deepcopy(dd), copy.copy(dd)['k'] is dd['k'], copy.copy({1, 2}), copy.copy(bytearray(b'x')))

class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = 'p'
p = Plain(); cp = copy.copy(p); dp = copy.deepcopy(p)
print(type(cp).__name__, cp.items is p.items, dp.items is p.items, dp.items == p.items, dp.name, cp.__dict__ == p.__dict__)

class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('__copy__ called'); return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
c = Custom([1]); c2 = copy.copy(c); c3 = copy.deepcopy(c); print(c2.v is c.v, c3.v is c.v, c3.v)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
so = Slots(); sc = copy.copy(so); sd = copy.deepcopy(so)
print(sc.a is so.a, sd.a is so.a, sd.a, sd.b)

class State:
    def __init__(self): self.x = 1; self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        print('setstate', sorted(st)); self.__dict__.update(st); self.cache = None
s2 = copy.deepcopy(State()); print(s2.x, s2.cache)

class Reduced:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.deepcopy(Reduced([1], 2)); print(type(r).__name__, r.a, r.b)

# list/dict subclasses are left out: object.__reduce_ex__(4) omits their
# listitems/dictitems in krait (see the report).

class Pt:
    def __init__(self, x): self.x = x
def reduce_pt(p):
    print('reduce_pt'); return (Pt, (p.x * 10,))
copyreg.pickle(Pt, reduce_pt)
print(copy.copy(Pt(1)).x, copy.deepcopy(Pt(2)).x)

class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot copy NoCopy')
try:
    copy.copy(NoCopy())
except TypeError as e:
    print('TypeError', e)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
memo = {}
x = [1, 2]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, memo[id(x)] == [1, 2])
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(f) is f)
# deepcopy of a bound method needs types.MethodType(f, obj), which krait
# cannot construct yet (see the report).
