# typical algorithm-style script
from functools import lru_cache
import itertools, collections, heapq, bisect, math, string

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i*i::i] = [False] * len(sieve[i*i::i])
    return [i for i, p in enumerate(sieve) if p]

print(primes(50))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["e"], "e": []}
def bfs(start):
    seen, q, order = {start}, collections.deque([start]), []
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs("a"))

def dijkstra(edges, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf):
            continue
        for v, w in edges.get(u, []):
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
print(dijkstra({"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)]}, "a"))

words = "the cat sat on the mat the end".split()
c = collections.Counter(words)
print(c.most_common(2), c["the"], sorted(c.elements())[:3])
dd = collections.defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd))
Point = collections.namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x, p._replace(x=5), p._asdict(), math.hypot(*p))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.combinations(range(4), 2)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(10), 3)))
for k, g in itertools.groupby("aaabbc"):
    print(k, len(list(g)), end="; ")
print()
a = [1, 3, 5, 7]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 5))
print(string.ascii_lowercase[:5], string.digits, "hello world".title())
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(sorted(words, key=lambda w: (-len(w), w)))
print("{:.3e} {:,.2f} {:>8.2%}".format(12345.678, 1234567.891, 0.256))
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self): return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), s.pop(), bool(s))
try:
    raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e))
finally:
    print("finally")
def gen_squares(n):
    yield from (i * i for i in range(n))
print(sum(gen_squares(10)), max(gen_squares(5)), list(map(lambda x: x + 1, gen_squares(3))))
print(divmod(17, 5), 17 // -5, -17 % 5, 2 ** 0.5, abs(-2.5), round(-2.5), round(0.125, 2))
text = """Line one
Line two
  indented"""
print([l.strip() for l in text.splitlines()], text.count("Line"), text.find("two"))
d = {i: chr(65 + i) for i in range(5)}
print(d, {v: k for k, v in d.items()}, sorted(d, reverse=True))
print(all(x > 0 for x in a), any(x > 6 for x in a), sum(a) / len(a))
print(f"{'centered':^20}|", f"{42:05d}", f"{3.14159:.2f}", f"{'x'!r}", f"{1_000_000:_}")
