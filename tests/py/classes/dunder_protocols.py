# Dunder protocol coverage on user classes.
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
s = Seq(3)
print(list(s), 20 in s, 5 in s, [x for x in s], sorted(s, reverse=True), tuple(reversed([*s])))
a, b, c = s; print(a, b, c)
class Cont:
    def __contains__(self, x): return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class Counter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Counter()), 2 in Counter(), sum(Counter()))
class Sized:
    def __len__(self): return 4
print(len(Sized()), bool(Sized()))
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(format(Fmt(), "xy"), f"{Fmt():z}", str(Fmt()), repr(Fmt()), [Fmt()], "%s %r" % (Fmt(), Fmt()))
class OnlyRepr:
    def __repr__(self): return "only-repr"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try: format(OnlyRepr(), "x")
except TypeError as e: print(e)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and o.v == self.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly.__hash__)
try: hash(EqOnly(1))
except TypeError as e: print(e)
class Hashable(EqOnly):
    def __hash__(self): return hash(self.v)
print(len({Hashable(1), Hashable(1), Hashable(2)}))
class NoHash:
    __hash__ = None
try: {NoHash()}
except TypeError as e: print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) > Cmp(0), max(Cmp(5), Cmp(7)))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as v: print("in", v)
with Ctx(): raise KeyError("suppressed")
try:
    with Ctx(): raise ValueError("propagates")
except ValueError as e: print("outside", e)
class NoEnter: pass
try:
    with NoEnter(): pass
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], "abcd"[Idx():], hex(Idx()), bin(Idx()), range(Idx()), (5).__pow__(Idx()))
class Num:
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __complex__(self): return 2j
    def __round__(self, n=None): return f"round{n}"
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
print(int(Num()), float(Num()), complex(Num()), round(Num()), round(Num(), 2), abs(Num()), -Num(), ~Num())
class BadInt:
    def __int__(self): return "x"
try: int(BadInt())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return "x"
try: len(BadLen())
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class GetAttr:
    def __getattr__(self, name): return f"dyn_{name}"
g = GetAttr(); g.real = 1
print(g.foo, g.real, getattr(g, "bar"), hasattr(g, "anything"))
class GetAttribute:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError(name)
        return name.upper()
    def __getattr__(self, name): return "fallback_" + name
print(GetAttribute().abc, GetAttribute().secret)
class SetDel:
    def __setattr__(self, k, v): print("set", k, v); object.__setattr__(self, k, v * 2)
    def __delattr__(self, k): print("del", k)
sd = SetDel(); sd.x = 2; print(sd.x); del sd.x; print(sd.x)
class Item:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d.get(k, k)
    def __delitem__(self, k): print("delitem", k)
it = Item(); it["a"] = 1; it[1, 2] = "s"; print(it["a"], it[5], it.d[(1, 2)]); del it[0]
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing(a=1)["a"], Missing()["zz"], Missing().get("q"))
class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
print(list(reversed(Rev())))
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 2
print(list(LenHint()))
