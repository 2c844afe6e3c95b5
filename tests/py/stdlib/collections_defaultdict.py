# defaultdict: factory, __missing__, repr, copy, errors
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, dict(d), d.default_factory, len(d), 'c' in d, d.get('c'), len(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
n = defaultdict(None, {'x': 1})
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(), defaultdict(lambda: 'v', a=1)['b'] == 'v')
s = defaultdict(set, [('k', {1})])
s['j'].add(2)
print(s)
cp = d.copy()
cp['z'].append(0)
print(type(cp).__name__, cp, 'z' in d)
print(d.__missing__('q'), d['q'], isinstance(d, dict), d == {'a': [1, 3], 'b': [2], 'q': []})
d.default_factory = tuple
print(d['t'], d)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
r = defaultdict(list)
r['self'] = r
print(r)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
class Sub(defaultdict):
    pass
print(Sub(int, {'x': 1}), repr(defaultdict(dict)))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), len(nested))
print(d.pop('t'), d.setdefault('new', 5), d['new'])
