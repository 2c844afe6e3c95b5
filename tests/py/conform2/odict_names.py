import collections
od = collections.OrderedDict(a=1, b=2)
for x in (iter(od), od.keys(), od.values(), od.items(), iter(od.keys()), iter(od.values()), iter(od.items()), reversed(od), reversed(od.keys()), reversed(od.values()), reversed(od.items())):
    print(type(x).__name__, type(x).__qualname__, type(x).__module__, list(x))
print(repr(od.keys()), repr(od.values()), repr(od.items()))
print(type(od.keys()) is type(od.keys()), isinstance(od.keys(), type({}.keys())))
od['c'] = 3
od.move_to_end('a')
print(list(od), list(od.keys()), list(reversed(od)), od)
print(od.keys() & {'a', 'z'}, od.keys() | {'q'} >= {'a'}, 'a' in od.keys(), ('a', 1) in od.items(), 3 in od.values())
print(len(od.keys()), len(od.values()), len(od.items()), od.keys() == {'a', 'b', 'c'})
print(od.keys().mapping, hasattr(iter(od), "__length_hint__"))
it = iter(od)
next(it)
od['zz'] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
class Sub(collections.OrderedDict): pass
s = Sub(x=1, y=2)
print(s, list(s), type(iter(s)).__name__, dict(s), s == collections.OrderedDict(x=1, y=2))
import copy, pickle, json
print(copy.deepcopy(od), pickle.loads(pickle.dumps(od)), json.dumps(od))
print(collections.OrderedDict(), repr(collections.OrderedDict().keys()))
print(sorted(od), [k for k in od], {**od}, max(od))
try:
    type(iter(od))()
except TypeError as e:
    print(e)
print(od.popitem(), od.popitem(last=False), od)
