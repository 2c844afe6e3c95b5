# all any enumerate filter map zip reversed sorted iter next len range and the
# container constructors.

print(all([]), all([1, 0]), any([]), any([0, 2]), all(x > 0 for x in [1, 2]))
print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate(iterable='x', start=2)))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x % 2, range(7))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a', 'b', 'c')), list(zip([1], [2], strict=True)))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([-3, 1, -2], key=abs))
print(sorted({'b': 1, 'a': 2}), sorted([(2, 'a'), (1, 'b'), (1, 'a')]))
words = ['bb', 'a', 'ccc', 'dd']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(iter(Seq())), list(Seq()), 20 in Seq())
print(len([1, 2]), len('héllo'), len({}), len(range(10)), len(b'ab'))


class Sized:
    def __len__(self):
        return 7


print(len(Sized()))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(1, 5)[2])
print(list('ab'), tuple([1, 2]), set() == set(), sorted(set('abca')), sorted(frozenset([3, 1])))
print(dict(a=1), dict([('x', 2)]), dict({'k': 'v'}, z=0))
print(slice(1, 5, 2), slice(3), [0, 1, 2, 3, 4, 5][slice(1, None, 2)])


class Rev:
    def __reversed__(self):
        return iter('zyx')


print(list(reversed(Rev())))
e = enumerate('ab')
print(next(e), next(e), next(e, 'end'))
m = map(int, ['1', '2'])
print(next(m), list(m))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__,
      type(filter(None, [])).__name__, type(reversed([])).__name__)
