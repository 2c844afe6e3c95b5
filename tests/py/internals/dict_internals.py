import sys

d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print("insertion order:", list(d))
d["apple"] = 0
print("update keeps position:", list(d.items()))
del d["banana"]; d["banana"] = 1
print("reinsert goes last:", list(d))

class BadHash:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        print(f"  eq {self.v} vs {o.v}")
        return self.v == o.v
    def __repr__(self): return f"B{self.v}"
c = {}
c[BadHash(1)] = "a"
c[BadHash(2)] = "b"
print("collisions resolved:", c[BadHash(2)])

calls = []
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        calls.append("hash")
        return hash(self.v)
    def __eq__(self, o):
        calls.append("eq")
        return self.v == o.v
k = Key(5)
dd = {k: 1}
dd[k]
print("same object skips eq:", calls)
calls.clear()
dd[Key(5)]
print("equal object:", calls)

try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print("tuple key:", {(1, 2): "ok"}[(1, 2)])
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)

try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s = {1, 2}
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

sizes = {}
dd = {}
prev = sys.getsizeof(dd)
for i in range(100):
    dd[i] = None
    sz = sys.getsizeof(dd)
    if sz != prev:
        sizes[i + 1] = sz
        prev = sz
print("resize points:", sizes)
for i in range(100):
    del dd[i]
print("after deleting all:", sys.getsizeof(dd), len(dd))
dd.clear()
print("after clear:", sys.getsizeof(dd))
print("fromkeys:", sys.getsizeof(dict.fromkeys(range(10))))
print("copy:", sys.getsizeof({i: i for i in range(10)}.copy()))

class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
from collections import defaultdict, OrderedDict, Counter, ChainMap
dl = defaultdict(list)
dl["x"].append(1)
print(dl, dict(dl))
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(Counter("mississippi").most_common(2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm))
a = {"x": 1, "y": 2}; b = {"y": 3, "z": 4}
print(a | b, {**a, **b}, a.keys() & b.keys(), sorted(a.items() - b.items()))
v = a.keys()
a["w"] = 0
print("live view:", v, len(v), type(v).__name__)
print(dict(zip("ab", range(2))), dict([("k", "v")]), sorted({3: 1, 1: 2}))
print(hash("abc") == hash("abc"), {1: 1} == {1.0: 1}, {True: "t"}[1])
print(list(reversed({"a": 1, "b": 2})), d.popitem())
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
