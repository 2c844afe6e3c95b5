# operator C functions and getter types: argument errors, reduce, copy
import operator
from operator import *
def err(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(add, itemgetter, type(add).__name__, add.__name__, operator.__add__ is add)
err(lambda: add(1))
err(lambda: neg())
err(lambda: itemgetter(1)())
err(lambda: itemgetter(1)(1, 2))
err(lambda: itemgetter(1)(x=1))
err(lambda: attrgetter('a', x=1))
err(lambda: attrgetter('a')(1, 2))
err(lambda: methodcaller('a')())
err(lambda: lt(1, 'a'))
err(lambda: neg('a'))
err(lambda: index('a'))
err(lambda: getitem(1, 2))
err(lambda: pow(2, 'a'))
err(lambda: type("IG", (itemgetter,), {}))
print(itemgetter(0).__reduce__(), attrgetter('a.b').__reduce__()[1], methodcaller('m', 1).__reduce__()[1])
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([(1, 'b'), (1, 'a')], key=itemgetter(0, 1)))
print(add(1.5, 2), mul('ab', 3), truediv(1, 4), floordiv(-7, 2), mod(-7, 2), pow(2, -1), ipow(3, 2), imatmul.__name__)
print(lt(1, 2), eq([1], [1]), ne(1, 1), is_(None, None), is_not(None, 1), not_([]), truth('x'), contains([1], 1))
class A:
    def __init__(s): s.b = type('B', (), {'c': 42})()
print(attrgetter('b.c')(A()), attrgetter('b.c', 'b')(A())[0], methodcaller('count', 'a')('banana'))
print(methodcaller('format', 'x', y=2), methodcaller('format', y=2)('{y}'))
import copy
print(copy.copy(itemgetter(1))('ab'), copy.deepcopy(attrgetter('real'))(5))
r = itemgetter(1); print(r(range(5)), r({1: 'one'}))
print(methodcaller('m', 1, k=2).__reduce__()[1], methodcaller('m', 1, k=2).__reduce__()[0].keywords)
