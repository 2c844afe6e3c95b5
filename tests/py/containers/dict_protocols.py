# dict protocols: ** unpacking, mappings, subclasses, views, GC
import gc, sys
d = {}; d['d'] = d
del d
print(gc.collect() >= 1)
def f(**kw): return kw
print(f(**{'a': 1}, b=2))
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)})
print(sys.getsizeof({}), sys.getsizeof(set()))
class D(dict):
    def __getitem__(self, k): return 42
d = D(a=1)
print(d['a'], d.get('a'), dict(d), {**d})
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M()})
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
print(dict.fromkeys([1, 2], []), {}.fromkeys('ab'))
s = {1, 2}
print(s.__len__(), s.__contains__(1), hash(frozenset()), frozenset({1}).__hash__() == hash(frozenset([1])))
print(type({}.keys()), type(iter({})), type(iter({}.items())), type(reversed({})), type(iter(set())))
print(iter({1: 2}).__length_hint__(), list(reversed({1: 2, 3: 4}.items())))
x = {1: 2}
print(x.__eq__({1: 2}), x.__ne__(3), x.__lt__(x))
print(hash({}.values()) is not None)
try:
    hash({}.keys())
except TypeError as e:
    print(e)
print({}.keys() == set(), {1: 2}.items() == {(1, 2)}, {1: 2}.keys() < {1, 2})
