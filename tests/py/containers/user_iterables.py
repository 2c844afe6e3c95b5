# User-defined iterables: generator-based __iter__, linked list protocol, peekable, sentinels.
import itertools, functools, operator
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd), 2 in cd, list(zip(cd, cd)))
class LinkedList:
    class Node:
        __slots__ = ("val", "next")
        def __init__(self, val, nxt=None): self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)): self.push(it)
    def push(self, v):
        self.head = self.Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self): return self.size
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __reversed__(self): return reversed(list(self))
    def __contains__(self, v): return any(x == v for x in self)
    def __bool__(self): return self.head is not None
ll = LinkedList("abc")
print(ll, len(ll), ll[0], ll[-1], list(reversed(ll)), "b" in ll, "z" in ll, bool(ll), bool(LinkedList()))
print(ll == LinkedList(["a", "b", "c"]), ll != LinkedList(), [x.upper() for x in ll], dict(enumerate(ll)))
try: ll[10]
except IndexError as e: print(e)
print(list(itertools.chain(ll, cd)), list(map(operator.add, ll, "xyz")), functools.reduce(operator.add, ll))
class Range2D:
    def __init__(self, w, h): self.w, self.h = w, h
    def __iter__(self): return ((x, y) for y in range(self.h) for x in range(self.w))
print(list(Range2D(2, 2)), len(list(Range2D(3, 4))))
it = iter(Range2D(2, 1)); print(next(it), next(it), next(it, "end"))
class Peekable:
    def __init__(self, it): self.it, self.buf = iter(it), []
    def __iter__(self): return self
    def __next__(self):
        if self.buf: return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try: self.buf.append(next(self.it))
            except StopIteration: return default
        return self.buf[-1]
p = Peekable([1, 2])
print(p.peek(), next(p), p.peek(), list(p), p.peek("empty"))
sentinel_iter = iter(Peekable([5, 6, 7]).__next__, 7)
print(list(sentinel_iter))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, grp in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(grp))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.takewhile(lambda v: v < 3, itertools.count())), list(itertools.repeat("x", 3)), list(itertools.zip_longest("ab", "c", fillvalue="-")))
