import pickle, collections, enum, fractions, datetime
class MyStr(str): pass
class MyTuple(tuple): pass
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyFloat(float): pass
class MySet(set): pass
class E(Exception):
    def __init__(self, a):
        super().__init__(a); self.extra = 1
class Color(enum.Enum):
    R = 1
class F(enum.Flag):
    A = 1; B = 2
class GS:
    def __getstate__(self): return ('tuple', 'state')
    def __setstate__(self, s): self.s = s
class RE:
    def __reduce_ex__(self, p): return (RE, (), {'p': p})
class Outer:
    class Inner: pass
P = collections.namedtuple('P', 'x y')
ms = MyStr('hi'); ml = MyList([1]); ml.a = 2; md = MyDict(k=1); md.z = 3
vals = [ms, MyTuple((1,)), ml, md, MyInt(3), MyFloat(1.5), MySet({1}), E('e'), Color.R, F.A | F.B, GS(), RE(), Outer.Inner(), Outer.Inner, P(1, 2),
        object(), collections.OrderedDict(a=1), collections.deque([1], 3), collections.Counter('aab'), fractions.Fraction(1, 3),
        ValueError('v'), OSError(2, 'x'), StopIteration(5), KeyError('k'), range(5), slice(1, 2, 3), type, object, [len, print, max],
        {'nested': [(1, 2), {3, 4}, frozenset({5})]}, (1, [2, (3, [4])]), int.__add__ if False else None, 2**1000, -2**1000]
for p in range(6):
    for v in vals:
        try:
            d = pickle.dumps(v, p)
            print(p, type(v).__name__, d)
            pickle.loads(d)
        except Exception as e:
            print(p, type(v).__name__, 'ERR', type(e).__name__, e)
