# functools: lru_cache, cache, cached_property, singledispatch(method)
import functools
from functools import lru_cache, cache, cached_property, singledispatch, singledispatchmethod

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for i in [1, 2, 1, 3, 2, 1, 1]:
    sq(i)
print(calls, sq.cache_info(), sq.cache_parameters())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, type(ci).__name__, ci._fields)
sq.cache_clear(); print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

@lru_cache(maxsize=None)
def unb(x, y=0):
    return x + y
unb(1); unb(1); unb(1, y=0); unb(1, 0); unb(x=1)
print(unb.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg.cache_parameters())
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError', e)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info(), fact.cache_parameters())

class Data:
    def __init__(self, v):
        self.v = v
    @cached_property
    def total(self):
        print('computing')
        return sum(self.v)
d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
d.total = 0; print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)
try:
    class Twice:
        cp = cached_property(lambda self: 1)
        other = cp
except (TypeError, RuntimeError) as e:
    # 3.11 wraps __set_name__ errors in RuntimeError (see the report)
    print(e.__cause__ if e.__cause__ else e)

@singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int'
@describe.register(str)
def _(x):
    return 'str'
@describe.register(list)
@describe.register(tuple)
def _(x):
    return 'sequence ' + type(x).__name__
def float_impl(x):
    return 'float'
describe.register(float, float_impl)
class MyInt(int):
    pass
print(describe(1), describe(True), describe(MyInt(3)), describe('s'), describe([1]), describe((1,)),
      describe(1.5), describe(None), describe({}))
print(describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.__wrapped__,
      sorted(k.__name__ for k in describe.registry))
import collections.abc as cabc
@describe.register(cabc.Mapping)
def _(x):
    return 'mapping'
print(describe({}), describe(collections.OrderedDict()) if False else describe({'a': 1}))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print('TypeError', e)
try:
    @describe.register
    def _(x):
        return 1
except TypeError as e:
    print('TypeError', str(e).split(':')[0])
@describe.register
def _(x: bytes | bytearray):
    return 'binary'
print(describe(b''), describe(bytearray()))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register
    def _(self, arg: int):
        return f'int {arg}'
    @fmt.register(list)
    def _(self, arg):
        return f'list of {len(arg)}'
f = Formatter()
print(f.fmt(1), f.fmt([1, 2]), f.fmt('x'))
