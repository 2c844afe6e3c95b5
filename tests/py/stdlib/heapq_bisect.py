# heapq and bisect: exact orderings (stable ties), key=, errors
import heapq, bisect
from heapq import *

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 4]:
    heappush(h, x)
print(h, heappop(h), h)
data = [9, 3, 7, 1, 8, 2, 6, 0, 5, 4]
heapify(data); print(data)
print(heapreplace(data, 10), data, heappushpop(data, -1), heappushpop(data, 3), data)
print([heappop(data) for _ in range(len(data))])
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
t = []
for pri, name in [(2, 'b'), (1, 'a'), (2, 'a'), (0, 'z'), (1, 'b')]:
    heappush(t, (pri, name))
print(t, [heappop(t) for _ in range(5)])
nums = [5, 1, 8, 3, 9, 2, 7, 1, 4, 8, 8]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, []), nlargest(0, nums),
      nlargest(20, nums), nsmallest(4, iter(nums)), nlargest(4, iter(nums)))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(nlargest(3, words, key=len), nsmallest(3, words, key=len), nlargest(2, iter(words), key=len),
      nsmallest(2, iter(words), key=len), nsmallest(1, words, key=len))
recs = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 2}, {'n': 'z', 'v': 1}, {'n': 'w', 'v': 3}]
print([r['n'] for r in nlargest(3, iter(recs), key=lambda r: r['v'])], [r['n'] for r in nsmallest(3, iter(recs), key=lambda r: r['v'])])
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 2], reverse=True)), list(merge()), list(merge([1, 2])))
print(list(merge([(1, 'b'), (2, 'a')], [(1, 'a'), (3, 'c')], key=lambda t: t[0])))
print(heapq._heapify_max([3, 1, 2]) if hasattr(heapq, '_heapify_max') else None)
class Item:
    def __init__(self, k): self.k = k
    def __lt__(self, o):
        log.append((self.k, o.k))
        return self.k < o.k
log = []
hh = []
for k in [4, 2, 6, 1]:
    heappush(hh, Item(k))
heappop(hh)
print(log)

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, hi=5))
b = list(a); bisect.insort(b, 4); bisect.insort_left(b, 2); bisect.insort_right(b, 2.0); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); bisect.insort_left(recs, ('y', 1), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for fn in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
    try:
        fn([1], 1, -1)
    except ValueError as e:
        print('ValueError', e)
try:
    bisect.bisect([1, 'a'], 0.5)
except TypeError as e:
    print('TypeError', e)
