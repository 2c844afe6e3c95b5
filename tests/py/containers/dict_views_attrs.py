# dict views: .mapping, and the attribute sets of the container types
d = {'a': 1}
m = d.keys().mapping
print(m, m['a'], type(m).__name__, d.items().mapping == d)
try:
    m['b'] = 2
except TypeError as e:
    print('TypeError', e)
d['b'] = 2
print(m)
for o in [dict, set, frozenset, type({}.keys()), type({}.values()), type({}.items()), type(iter({})), type(iter(set())), type(reversed({}))]:
    print(o.__name__, sorted(set(dir(o)) - set(dir(object))))
