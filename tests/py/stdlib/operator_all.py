# operator: functions, getters, in-place ops, errors
import operator
from operator import *

print(sorted(operator.__all__) == sorted(set(operator.__all__)), len(operator.__all__))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne('a', 'b'), ge(1, 2), gt(3, 2), not_(0), truth([]), is_(None, None), is_not(1, None))
print(abs(-3), add(1, 2), and_(6, 3), floordiv(7, 2), index(5), inv(5), invert(0), lshift(1, 4), mod(7, 3), mul(3, 4))
print(neg(3), or_(4, 1), pos(-2), pow(2, 10), rshift(16, 2), sub(5, 8), truediv(7, 2), xor(5, 1), matmul.__name__)
print(concat([1], [2]), contains('abc', 'b'), countOf([1, 2, 1], 1), indexOf('abc', 'c'), getitem({'a': 1}, 'a'))
l = [1, 2, 3]; setitem(l, 0, 9); delitem(l, 1); print(l, getitem(l, slice(0, 1)))
print(length_hint([1, 2]), length_hint(iter(range(5))), length_hint(5, 7), length_hint(object()))
class Hint:
    def __length_hint__(self): return 4
class BadHint:
    def __length_hint__(self): return 'x'
class NegHint:
    def __length_hint__(self): return -1
class NIHint:
    def __length_hint__(self): return NotImplemented
print(length_hint(Hint()), length_hint(NIHint(), 3))
for o in (BadHint(), NegHint()):
    try:
        length_hint(o)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    length_hint([], 'x')
except TypeError as e:
    print('TypeError', e)
for fn, args in [(index, (1.5,)), (indexOf, ([1], 2)), (concat, (1, 2)), (add, (1, 'a'))]:
    try:
        fn(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(call(max, 1, 5, 2), call(dict, a=1))
a = [1]; b = iadd(a, [2]); print(a, b is a)
s = 'x'; print(iadd(s, 'y'), s, iconcat([1], (2,)))
print(iand(6, 3), ior(1, 2), ixor(3, 1), ilshift(1, 3), irshift(8, 1), imod(7, 4), imul(2, 3), ifloordiv(9, 2),
      itruediv(1, 4), isub(5, 1), ipow(2, 3))
st = {1, 2}; ior(st, {3}); print(st)

ig = itemgetter(1); print(ig('abc'), ig, itemgetter(0, -1)('xyz'), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1, 'a')), sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
class P:
    def __init__(self): self.name = 'n'; self.child = self
ag = attrgetter('name'); print(ag(P()), ag, attrgetter('child.child.name')(P()), attrgetter('name', 'child.name')(P()))
print(repr(attrgetter('a', 'b.c')))
mc = methodcaller('split', ','); print(mc('a,b'), mc, methodcaller('replace', 'a', 'b', 1)('aaa'))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'x', key=[1])))
for fn in (lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(1),
           lambda: attrgetter('x')(1), lambda: itemgetter(5)([1])):
    try:
        fn()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
print(operator.__add__(1, 2), operator.__getitem__([5], 0), operator.__not__(1), operator.__inv__(1))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
