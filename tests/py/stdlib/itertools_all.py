# itertools: every iterator, reprs, laziness, errors
import itertools
from itertools import *
import operator

print(count(), count(5), count(1.5), count(0, 2), count(10, -1), count(0, 1.0), count(2**70))
c = count(3, 2); print(next(c), next(c), c)
print(list(islice(count(0.5, 0.25), 3)), list(zip('abc', count(1))))
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
print(repeat('a', 3), repeat(None), list(repeat(7, 2)), list(repeat(1, -3)), repeat('x', -1))
r = repeat('a', 3); next(r); print(r, operator.length_hint(r))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)),
      list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=5)),
      list(accumulate([1, 2], initial=100)), list(accumulate('abc')))
print(list(chain()), list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['ab', 'cd', ''])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
gb = groupby('aabbc')
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', None)), list(islice('ABCDEFG', 1, 6, 3)))
it = iter(range(10)); print(list(islice(it, 2, 5)), next(it))
for args in [(-1,), ('x',), (1, -1), (0, 5, 0), (-2, 3), (0, 1, -1), (1.5,)]:
    try:
        islice([], *args)
    except ValueError as e:
        print('ValueError', e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice([], *args)
    except TypeError as e:
        print('TypeError', e)
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), tee('ab', 0), len(tee('ab', 3)))
x, y = tee(iter('xyz')); z, = tee(x, 1); print(list(z), list(y))
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError', e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [2, 3], [])))
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(len(list(product('abc', repeat=3))))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError', e)
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations('', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
for fn in (permutations, combinations, combinations_with_replacement):
    try:
        fn('abc', -1)
    except ValueError as e:
        print('ValueError', e)
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
print(type(count()), type(chain()), type(groupby('')).__name__, count.__module__, type(permutations('a')))
print(isinstance(count(), itertools.count), iter(c) is c)
def gen():
    for i in range(3):
        print('gen', i)
        yield i
print(next(islice(gen(), 1, None)))
ch = chain(gen(), gen())
print(next(ch))
