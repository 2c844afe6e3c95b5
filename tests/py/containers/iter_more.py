# iterator edge cases: exhaustion, errors propagating, tuple reuse, length hints
pairs = list(enumerate("abc"))
print(pairs, pairs[0] is pairs[1])
kept = []
for t in zip("ab", "cd"):
    kept.append(t)
print(kept)
def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError(i)
        yield i
try:
    list(zip(gen(5, 2), gen(5)))
except KeyError as e:
    print("KeyError", e)
try:
    list(zip(gen(3), gen(5, 4), strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip(gen(3), gen(5, 3), strict=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    list(zip(gen(3), gen(5, 4), gen(3), strict=True))
except Exception as e:
    print(type(e).__name__, e)
print(list(zip(gen(3), gen(3), gen(3), strict=True)))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    list(filter(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
m = map(str, gen(2))
print(next(m), next(m), next(m, "done"), next(m, "done"))
f = filter(None, gen(3))
print(list(f), list(f))
class Bad:
    def __getitem__(self, i):
        if i == 2:
            raise ValueError("bad index")
        return i
try:
    list(Bad())
except ValueError as e:
    print("ValueError", e)
class Stop:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(Stop()), list(reversed([x for x in Stop()])))
calls = [0]
def f2():
    calls[0] += 1
    if calls[0] > 3:
        raise StopIteration
    return calls[0]
print(list(iter(f2, None)), calls)
def f3():
    raise RuntimeError("boom")
try:
    next(iter(f3, 1))
except RuntimeError as e:
    print("RuntimeError", e)
class Shrink:
    def __init__(self):
        self.data = [1, 2, 3, 4]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Shrink()
r = reversed(s)
print(next(r), r.__length_hint__())
s.data = [1]
print(r.__length_hint__(), list(r))
it = iter([1, 2, 3])
print(it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed([1, 2, 3])
next(rit)
print(rit.__length_hint__())
print(iter(range(5)).__length_hint__(), iter((1, 2)).__length_hint__(), iter(range(10**20)).__length_hint__())
e = enumerate(gen(2), start=2**63 - 2)
print(list(e))
e = enumerate("abcd", -2)
print(list(e))
print(list(enumerate(range(3), True)))
z = zip()
print(list(z), next(zip([]), "empty"))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
print(sum(map(len, ["ab", "c"])), any(map(bool, [0, 0, 1])), all(filter(None, [1, 1])))
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
l2 = [1, 2, 3]
ri = reversed(l2)
next(ri)
l2.clear()
print(list(ri))
print(type(iter("ab")).__name__ != "", type(zip()).__name__, type(map(len, "")).__name__, type(filter(None, "")).__name__)
