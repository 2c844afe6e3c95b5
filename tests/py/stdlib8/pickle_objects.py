import pickle
import collections
import enum


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and self.__dict__ == other.__dict__

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.a, self.b)


class Empty:
    pass


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'junk'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, st):
        self.v = st['v']
        self.cache = 'rebuilt'


class Slotted:
    __slots__ = ('x', 'y', '__priv')

    def __init__(self, x):
        self.x = x


class SlottedDict(Slotted):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 5


class NewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return (), {'k': self.k}


class Reducer:
    def __init__(self, x):
        self.x = x

    def __reduce__(self):
        return (Reducer, (self.x * 2,))


class MyInt(int):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Flag(enum.IntEnum):
    A = 1


Point = collections.namedtuple('Point', 'x y')


class Outer:
    class Inner:
        pass


class MyError(Exception):
    pass


def func():
    pass


def show(label, obj, protos=range(6)):
    for p in protos:
        try:
            data = pickle.dumps(obj, protocol=p)
        except Exception as e:
            print(label, p, 'ERR', type(e).__name__, e)
            continue
        print(label, p, data)
        back = pickle.loads(data)
        if isinstance(back, Slotted):
            print('   ->', type(back).__name__, back.x)
            continue
        print('   ->', type(back).__name__, back if not hasattr(back, '__dict__') or isinstance(back, (type, enum.Enum)) else sorted(vars(back).items()))


show('plain', Plain(1, 'two'))
show('empty', Empty())
show('withstate', WithState(3))
r = pickle.loads(pickle.dumps(WithState(3)))
print(r.v, r.cache)
s = Slotted(4)
show('slotted', s)
r = pickle.loads(pickle.dumps(s))
print(r.x, hasattr(r, 'y'))
sd = SlottedDict(7)
sd.y = 8
show('slotteddict', sd, (2, 4))
r = pickle.loads(pickle.dumps(sd))
print(r.x, r.y, r.extra)
show('newargs', NewArgs(9))
print(pickle.loads(pickle.dumps(NewArgs(9))).n)
show('newargsex', NewArgsEx(k=3), (2, 3, 4))
print(pickle.loads(pickle.dumps(NewArgsEx(k=3))).k)
show('reducer', Reducer(5))
print(pickle.loads(pickle.dumps(Reducer(5))).x)
show('myint', MyInt(5))
ml = MyList([1, 2])
ml.attr = 'a'
show('mylist', ml)
md = MyDict(a=1)
show('mydict', md)
show('mytuple', MyTuple((1, 2)), (2, 4))
show('mystr', MyStr('hi'), (2, 4))
show('enum', Color.GREEN)
show('intenum', Flag.A, (2, 4))
show('namedtuple', Point(1, 2))
show('class', Plain)
show('nested class', Outer.Inner)
show('func', func)
show('builtin', len)
show('exc', ValueError('bad', 2))
show('myexc', MyError('m'), (2, 4))
show('keyerror', KeyError('k'), (4,))
show('od', collections.OrderedDict([('b', 1), ('a', 2)]), (2, 4))
dd = collections.defaultdict(list)
dd['x'].append(1)
show('defaultdict', dd, (2, 4))
show('deque', collections.deque([1, 2, 3]), (2, 4))
show('deque maxlen', collections.deque([1, 2, 3], maxlen=5), (4,))
show('counter', collections.Counter('abca'), (2, 4))
show('range', range(1, 10, 2))
show('slice', slice(1, None, 2), (2, 4))
