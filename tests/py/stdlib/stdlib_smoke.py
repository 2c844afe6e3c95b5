# everyday combinations of the standard modules
import io, contextlib, collections, functools, itertools, operator, types, copy, heapq, bisect, string
f = io.StringIO()
with contextlib.redirect_stdout(f):
    print('captured')
print(repr(f.getvalue()))
Point = collections.namedtuple('Point', 'x y')
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=operator.attrgetter('y')), max(pts, key=operator.itemgetter(0)))
print(pts[0]._asdict(), Point._make((1, 2)) == (1, 2))
dd = collections.defaultdict(lambda: collections.defaultdict(int))
for w in 'a b a c b a'.split():
    dd[w[0]][w] += 1
print({k: dict(v) for k, v in dd.items()})
c = collections.Counter(itertools.chain.from_iterable(['abc', 'bcd']))
print(c.most_common(2), sum(c.values()))
print(list(itertools.accumulate(range(5), operator.add)), functools.reduce(operator.mul, range(1, 6)))
print(list(map(functools.partial(pow, 2), range(5))))
@functools.lru_cache(None)
def ways(n): return 1 if n < 2 else ways(n-1) + ways(n-2)
print(ways(80))
print(isinstance(pts[0], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(types.SimpleNamespace(**{'a': 1}), heapq.nsmallest(2, pts), bisect.bisect([1, 3, 5], 4))
od = collections.OrderedDict(sorted({'b': 2, 'a': 1}.items())); print(od, list(od.items())[0])
print(string.Template('$x').substitute(x=Point(1, 2)))
def gen():
    yield from itertools.islice(itertools.count(), 3)
print(list(gen()), list(zip(*[iter(range(6))]*2)))
