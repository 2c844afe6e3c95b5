# dict basics: construction, order, methods, errors
d = {}
print(d, len(d), bool(d))
d = {'a': 1, 'b': 2, 'c': 3}
print(d, len(d), 'a' in d, 'z' in d, 'a' not in d)
d['d'] = 4
d['a'] = 10
print(d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 20
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 'dflt'))
print(d.setdefault('a', 99), d.setdefault('new', 5), d)
print(d.pop('new'), d.pop('missing', 'x'), d)
print(d.popitem(), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', e)
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError', e, e.args)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
try:
    [] in d
except TypeError as e:
    print('TypeError', e)

print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3))
print(dict(zip('abc', range(3))))
print(dict([[1, 'one'], 'xy']))
for bad in ([(1, 2, 3)], [1], ['abc']):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print('TypeError', e)
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0))
c = d.copy()
c['zzz'] = 1
print(d, c, c == d, c != d)
d.update({'q': 1}, r=2)
d.update([('s', 3)])
print(d)
d.clear()
print(d, len(d))

# equality and ordering
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} == [1])
try:
    {} < {}
except TypeError as e:
    print('TypeError', e)

# numeric keys that are equal share a slot
n = {1: 'int'}
n[1.0] = 'float'
n[True] = 'bool'
print(n, {0: 'a', False: 'b', 0.0: 'c'})

# union operators
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('w', 0)]
except TypeError as e:
    print('TypeError', e)

# reversed and views
d = dict.fromkeys(range(6), 'v')
del d[2]
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
k = d.keys()
print(k, d.values(), d.items())
print(len(k), 3 in k, 2 in k, (3, 'v') in d.items(), (3, 'w') in d.items())
d[100] = 'late'
print(k)
print(k & {1, 3, 100, 7}, k | {-7}, k - {0, 1}, k ^ {0, 999})
print(d.items() & {(0, 'v'), (1, 'no')})
print(k == {0, 1, 3, 4, 5, 100}, k <= {0, 1, 3, 4, 5, 100, 6}, k > {0})
print(k.isdisjoint({-1}), k.isdisjoint([0]))
print(sorted(d.values()) if False else list(d.values()))

# sizes as CPython
import sys
print(sys.getsizeof({}), sys.getsizeof({1: 1}), sys.getsizeof(dict.fromkeys(range(6))),
      sys.getsizeof(dict.fromkeys(range(11))))
