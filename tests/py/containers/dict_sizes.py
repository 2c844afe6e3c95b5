# sys.getsizeof of dicts equals CPython 3.11's: table sizes, growth points,
# str-only (compact) tables versus general ones, presizing and copies.
import sys
g = sys.getsizeof
print(g({}), g({'a': 1}), g({1: 1}), g(dict(a=1, b=2)), g({'a': 1, 2: 2}), g({2: 2, 'a': 1}))
d = {}
sizes = []
for i in range(100):
    d[i] = i
    sizes.append(g(d))
print(sizes)
d = {}
sizes = []
for i in range(100):
    d['k%d' % i] = i
    sizes.append(g(d))
print(sizes)
d = {'a': 1}
d[1] = 1
print(g(d))
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
d[1] = 1
print(g(d))
d = {'a': 1}
del d['a']
d[1] = 1
print(g(d))
d = {}
d.setdefault(1, 2)
e = {'a': 1}
e.setdefault(1, 2)
print(g(d), g(e))
print(g(dict.fromkeys(set())), g(dict.fromkeys({})), g(dict.fromkeys({'a': 1})),
      g(dict.fromkeys({'a'})), g(dict.fromkeys(['a'])), g(dict.fromkeys(set(range(21)))),
      g(dict.fromkeys(set(range(10)))), g(dict.fromkeys('abcdef')))
d = dict.fromkeys(range(40))
for i in range(19):
    del d[i]
print(len(d), g(d), g({**d}), g(d.copy()), g(dict(d)))
d = dict.fromkeys(range(22))
del d[21]
print(g(d), g({**d}), g(d.copy()), g(dict(d)))
w = dict.fromkeys('abcdefghijklmnopqrstu')
print(g(w), g(w.copy()), g({**w}), g(dict(w)))
print(g({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}),
      g({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}))
d = dict.fromkeys(range(10))
d.clear()
print(g(d))
d['x'] = 1
print(g(d))
import sys
g = sys.getsizeof
d = {'a': 1, 'b': 2}
print(g(d.copy()), g(dict(d)), g(d | {'c': 0}), g({**d}))
d = {1: 1, 2: 2}
print(g(d.copy()), g(dict(d)), g(d | {3: 0}), g({**d}))
d = {1: 1, 2: 2, 3: 3}; del d[1]
print(g(d.copy()), g(dict(d)), g(d | {3: 0}), g({**d}))
d = {}
d |= [('a', 1)]
print(g(d))
d = {}
d.update({'a': 1})
print(g(d))
d = {}; d.update({}); print(g(d), g({}.copy()), g(dict({})), g({} | {}))
d = dict.fromkeys(['a','b','c','d','e','f']); d.clear(); print(g(d))
d = {1:1}; d.popitem(); print(g(d), g(d.copy()), g(dict(d)))
