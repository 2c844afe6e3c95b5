# collections.abc: isinstance/issubclass on builtins, structural checks, mixins
from collections import abc
from collections.abc import *
import collections.abc as cabc

print(sorted(abc.__all__))
builtins = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), {}.keys(),
            {}.values(), {}.items(), iter([]), (x for x in []), 1, None, len]
for name in ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Container',
             'Sized', 'Callable', 'Collection', 'Sequence', 'MutableSequence', 'Set',
             'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
             'ItemsView', 'ValuesView', 'ByteString']:
    cls = getattr(abc, name)
    print(name.ljust(16), ''.join('1' if isinstance(o, cls) else '0' for o in builtins))

class OnlyLen:
    def __len__(self):
        return 0
class NoHash:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(issubclass(OnlyLen, Sized), issubclass(OnlyLen, Collection), issubclass(NoHash, Hashable),
      issubclass(It, Iterator), issubclass(It, Iterable), issubclass(It, Generator))
print(Sequence, Mapping.__module__, MutableMapping.__mro__)

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2), isinstance(s, Reversible))
try:
    s.index(99)
except ValueError as e:
    print('ValueError', repr(e))

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a'}, m.keys() | {'c'}, m.keys() - {'a'}, isinstance(m.keys(), Set), repr(m.keys())[:9])

class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.popitem(), dict(mm), mm.pop('q', 'dflt'))
mm.clear(); print(len(mm))

class MySet(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet('abc'), MySet('bcd')
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet('abcd'), a < a, a == MySet('cba'), a.isdisjoint('xyz'))

class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse()
print(ml.l, ml.pop(), ml.pop(0), ml.l); ml.remove(3); print(ml.l)

try:
    Sequence()
except TypeError as e:
    print('TypeError', e)
class Half(Mapping):
    def __getitem__(self, k): return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
class Reg: pass
Sequence.register(Reg)
print(isinstance(Reg(), Sequence), issubclass(Reg, Iterable), issubclass(list, cabc.Sequence))
