# heapq/bisect C accelerators: argument errors, mutation during compare, subclasses
import heapq, bisect
print(type(heapq.heappush).__name__, type(bisect.bisect).__name__, heapq.heappush.__module__ if hasattr(heapq.heappush, '__module__') else None)
def err(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
err(lambda: heapq.heappush(1, 2))
err(lambda: heapq.heappop((1,)))
err(lambda: heapq.heapify({}))
err(lambda: heapq.heappush([]))
err(lambda: heapq.heappushpop([], ))
err(lambda: bisect.bisect())
err(lambda: bisect.bisect([1], 1, -1))
err(lambda: bisect.bisect([1], 1, key=1))
err(lambda: bisect.insort([1], 1, foo=2))
class Evil:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        h.clear()
        return s.v < o.v
h = [Evil(1), Evil(2), Evil(3)]
err(lambda: heapq.heappush(h, Evil(0)))
print(heapq.heappushpop([5], 1), heapq.heappushpop([1], 5), bisect.bisect('abcde', 'c'), bisect.bisect_left((1, 2, 3), 2, hi=1))
class L(list): pass
x = L([3, 1, 2]); heapq.heapify(x); print(x, type(x).__name__, heapq.heappop(x), x)
import collections
d = collections.deque([1, 3, 5]); bisect.insort(d, 4); print(d)
h = list(range(50, 0, -3)); heapq.heapify(h); print(h, [heapq.heappop(h) for _ in range(5)])
h = [5, 3, 8]; heapq._heapify_max(h); print(h, heapq._heappop_max(h), heapq._heapreplace_max(h, 1), h)
