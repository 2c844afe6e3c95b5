# dict/set edge cases: failing __eq__/__hash__, deep nesting, mutation during repr
class Bad:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
d = {Bad(): 1}
try:
    d[Bad()]
except ValueError as e:
    print('ValueError', e)
s = {Bad()}
try:
    Bad() in s
except ValueError as e:
    print('ValueError', e)
class H:
    def __hash__(self): raise RuntimeError('nohash')
try:
    {H(): 1}
except RuntimeError as e:
    print('RuntimeError', e)
try:
    {H()}
except RuntimeError as e:
    print('RuntimeError', e)
# deep nesting
x = {}
for i in range(100000):
    x = {'k': x}
del x
y = frozenset()
for i in range(1000):
    y = frozenset([y])
print(len(y))
del y
x = {}
for i in range(10000):
    x = {1: x}
try:
    repr(x)
except RecursionError as e:
    print('RecursionError')
# mutation during repr
class R:
    def __init__(self, d): self.d = d
    def __repr__(self):
        self.d.clear()
        return 'R'
d = {}
d[1] = R(d); d[2] = 'two'
print(repr(d) in ("{1: R, 2: 'two'}", "{1: R}"))
# set ops with iterables
a = {1, 2, 3}
print(a.union(range(5)), a.intersection(x for x in [2, 3, 9]), a.difference('ab' and [1]),
      a.symmetric_difference((3, 4)), a.issubset(range(10)), a.issuperset(iter([1])))
a.update(range(3, 6), [7]); print(a)
a.intersection_update(range(2, 7)); print(a)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset() == set(), frozenset([1]) < {1, 2})
print(sorted({'b', 'a', 'c'}), len({'x', 'y', 'x'}))
s = set(range(20))
while s:
    s.pop()
print(s)
s = {1, 2, 3}
print(s.pop(), s.pop(), s.pop())
s = set(range(100, 110))
s.add(5); print(list(s))
print({0, 0.0, False}, {1: 'a'}.keys() | [2], {'a': 1}.items() - {('a', 1)})
print(set.union({1}, {2}), frozenset.intersection(frozenset({1, 2}), {2}))
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    print(list(it))
except RuntimeError as e:
    print("again:", e)
