# set / frozenset: order of int sets, methods, operators, errors
print(set(), frozenset(), {5, 3, 100, 1}, list({5, 3, 100, 1}))
s = {10, 20, 30}
s.add(40); s.add(10)
print(s, len(s), 10 in s, 11 in s)
s.discard(20); s.discard(999)
print(s)
s.remove(30)
print(s)
try:
    s.remove(999)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
p = {1, 2, 3, 9, 17}
print(p.pop(), p.pop(), p)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
try:
    set().add({})
except TypeError as e:
    print('TypeError', e)
try:
    hash(set())
except TypeError as e:
    print('TypeError', e)

a = {1, 2, 3, 4, 8, 16}
b = {3, 4, 5, 6, 16, 32}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [100, 7]), a.intersection(b, range(4)), a.difference(b, {1}),
      a.symmetric_difference(b))
print(a.union(), a.intersection(), a.difference())
print(a.issubset(b), {3, 4}.issubset(a), a.issuperset({1, 2}), a.issuperset([1, 99]),
      a.isdisjoint(b), a.isdisjoint({99}), a.isdisjoint([99, 1]))
print(a < b, {1} < a, a <= a, a < a, a > {1, 2}, a >= a, a == set(a), a != b,
      frozenset(a) == a, {1} == frozenset({1}))
c = set(a)
c |= {100}; print(c)
c &= {1, 2, 100, 555}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([7, 8], {9}); print(c)
c.intersection_update({7, 8, 9, 100}, [8, 9, 100]); print(c)
c.difference_update([8], {9}); print(c)
c.symmetric_difference_update([100, 5]); print(c)
c.clear(); print(c)
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError', e)
try:
    c |= [1]
except TypeError as e:
    print('TypeError', e)

# frozenset
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f.copy() is f)
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset([frozenset([1])])))
print({frozenset({1, 2}): 'x'}[frozenset({2, 1})], frozenset({1, 2}) in {frozenset({1, 2})})
print({1, 2} in {frozenset({1, 2})}, {frozenset({1, 2})} - {frozenset([1, 2])})
s = {frozenset({1, 2}), 3}
s.discard({1, 2}); print(s)
s.add(frozenset({1, 2})); s.remove({1, 2}); print(s)
try:
    frozenset(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    set(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    set(x=1)
except TypeError as e:
    print('TypeError', e)

# subclasses
class S(set):
    pass
class F(frozenset):
    pass
x = S([1, 2])
print(x, S(), F([3]), F(), type(x | {3}).__name__, type(x.copy()).__name__,
      type(F([1]) & {1}).__name__, x == {1, 2})

# iteration change detection
s = {1, 2, 3}
try:
    for i in s:
        s.add(i + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
for i in s:          # same size afterwards: no error
    s.discard(i)
    s.add(i)
print(s)

# recursive repr through a hashable wrapper
class Holder:
    def __init__(self): self.s = None
    def __hash__(self): return 1
    def __repr__(self): return 'Holder(%r)' % (self.s,)
h = Holder()
h.s = {h}
print(h.s)

# sizes
import sys
print(set().__sizeof__(), set(range(10)).__sizeof__(), len(set(range(1000))))
