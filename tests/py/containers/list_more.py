# list: sizes (sys.getsizeof), subclasses, in-place ops, aliasing, mutation while comparing
import sys
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))), sys.getsizeof([1]),
      sys.getsizeof([x for x in range(10)]), sys.getsizeof(list(x for x in range(10))),
      sys.getsizeof(list((1, 2, 3, 4, 5))), sys.getsizeof([1, 2, 3] * 3), sys.getsizeof([1, 2, 3][:2]))
p = [1, 2, 3, 4, 5, 6, 7, 8]
for i in range(6):
    p.pop()
    print(sys.getsizeof(p), end=" ")
print()
print(sys.getsizeof(()), sys.getsizeof((1, 2)), [].__sizeof__(), (1,).__sizeof__())
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)
x = L([3, 1, 2])
x.sort()
print(x, type(x + [1]).__name__, type(x[:]).__name__, type(x * 2).__name__, len(x), x == [1, 2, 3])
x += [9]
print(x, type(x).__name__, isinstance(x, list))
class M(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "m"
m = M("ab")
print(m, m.tag, list(m))
a = [1, 2]
a += a
print(a)
a.extend(a)
print(a)
a[:0] = a
print(len(a), a[:4])
a *= 2
print(len(a))
b = [[0] * 2] * 2
b[0][0] = 1
print(b)
print(list.__init__ is not None, [].__len__(), [1, 2].__getitem__(1), [1, 2].__contains__(2))
print([1, 2].__add__([3]), [1].__mul__(3), [1].__rmul__(2), [5, 6].__reversed__().__class__.__name__)
c = [3, 2, 1]
c.__setitem__(0, 7)
c.__delitem__(1)
print(c, c.__iadd__([4]), c.__imul__(2))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v)
        return self.v == getattr(other, "v", other)
print(Eq(2) in [Eq(1), Eq(2), Eq(3)])
print([Eq(1), Eq(2)].count(Eq(2)), [Eq(1), Eq(2)].index(Eq(2)))
print([1, 2, 3] < [1, 2], [[1]] > [[0, 5]], ["a"] <= ["a"], [1, 2] >= [1, 2, 3])
print([float("nan")] == [float("nan")], [x := float("nan")] == [x])
print(list(reversed([])), list(reversed([1])), [*range(3), *"ab"])
d = [1, 2, 3, 4]
for i, v in enumerate(d):
    if v == 2:
        d.remove(v)
print(d)
e = [0, 1, 2]
print(e.pop(-3), e, e.pop(True), e)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -100, 100), [1, 2].index(2, 0, 2**100))
try:
    [1, 2].index(1, 1)
except ValueError as exc:
    print("ValueError:", exc)
print(sorted(["b", "A", "c"], key=str.lower, reverse=True), min([3, 1, 2]), max([[1], [2]]))
