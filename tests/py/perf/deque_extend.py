# deque construction/extend from lists and tuples (indexed fast path),
# with maxlen eviction, extendleft order, self-extension and iterators.
from collections import deque
L = list(range(10))
print(deque(L), deque(tuple(L)), deque(L, maxlen=3), deque(L, 0), deque((), 2))
d = deque([1, 2]); d.extend((3, 4)); d.extendleft([0, -1]); print(d)
d.extend(d); print(d, len(d))
d = deque([1, 2], maxlen=4); d.extendleft((5, 6, 7)); print(d)
d = deque(maxlen=5); d.extend(iter(range(8))); d.extend(x * 2 for x in range(2)); print(d)
class Evil:
    def __init__(self, lst): self.lst = lst
    def __del__(self): self.lst.append('late')
src = ['a']
src.append(Evil(src))
src = src + ['b', 'c']
d = deque(maxlen=1)
d.extend(src)
print(len(d), d[0] if not isinstance(d[0], Evil) else 'Evil')
try:
    deque(5)
except TypeError as e:
    print('TypeError', e)
class MyList(list):
    def __iter__(self): return iter([9, 9])
print(deque(MyList([1, 2, 3])), deque([[1], (2,)]))
