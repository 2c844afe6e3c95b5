# OrderedDict: order operations, order-sensitive equality, repr
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od))
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
od.move_to_end('c', False); print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([('x', 1), ('y', 2)], z=3); print(od)
print(list(reversed(od)), od.pop('x'), od.pop('nope', 'dflt'), od.setdefault('x', 9), od)
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a == dict(b), dict(a) == b, a != b, a == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0), a.copy(), type(a.copy()).__name__)
print(a | {'c': 3}, {'z': 0} | a)
r = OrderedDict(); r['r'] = r; print(r)
print(isinstance(a, dict), OrderedDict([('k', [1, 2])]))

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(OrderedDict().popitem)
err(OrderedDict().popitem, False)
err(OrderedDict(a=1).move_to_end, 'zz')
err(OrderedDict().pop, 'k')
try:
    hash(OrderedDict())
except TypeError as e:
    print('TypeError', 'unhashable' in str(e))
del a['a']
print(a, len(a))
e = OrderedDict.fromkeys(range(6))
e.move_to_end(3, last=False); e.move_to_end(0)
print(list(e))
