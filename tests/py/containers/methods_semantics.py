# dict/set/list/tuple/range method semantics: views, in-place ops, slice assignment, errors.
d = {"a": 1, "b": 2}
print(d.keys() | ["c"], d.keys() - "a", d.keys() ^ {"b", "z"} == {"a", "z"}, d.items() & [("a", 1)], d.keys() <= {"a", "b", "c"}, d.keys() == {"a", "b"})
try: d | [("c", 3)]
except TypeError as e: print(e)
try: d |= 5
except TypeError as e: print(e)
d |= [("c", 3)]; print(d)
s = {1}
s.update([2], (3,), "4"); print(sorted(s, key=str))
print(s.issubset(range(10)), {1}.issuperset([1]), s.union([9], [8]) >= s, s.intersection([1, 2], [2]), sorted(s.difference([1], [2]), key=str), frozenset({1}) == {1}, hash(frozenset()) == hash(frozenset([])))
try: {1} < [1]
except TypeError as e: print(e)
try: {1} | [1]
except TypeError as e: print(e)
print(d.popitem(), d.popitem(), d)
class DD(dict): pass
print(type(DD.fromkeys("ab")).__name__, type(DD(a=1).copy()).__name__, DD(a=1) == {"a": 1})
l = [1, 2]; l += (x * 10 for x in range(2)); print(l)
l.extend(l); print(l)
l = list(range(6)); del l[::-1]; print(l)
l = list(range(4)); l[::-1] = "abcd"; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
l = [0, 1, 2]; l[1:1] = [7]; l[len(l):] = [9]; l[-1:-1] = [8]; print(l)
l = [1, 2, 3]; l[5:10] = ["x"]; print(l)
l = [1, 2, 3, 4, 5]; l[1:4:2] = ["a", "b"]; print(l)
try: l[1:4:2] = "abc"
except ValueError as e: print(e)
try: del l[10]
except IndexError as e: print(e)
try: l[10] = 1
except IndexError as e: print(e)
try: [].insert("x", 1)
except TypeError as e: print(e)
t = (1, 2, 3)
print(t[::2], t[5:], t.count(2), t.index(3), t + (4,), t * 2, t < (1, 2, 4), tuple(reversed(t)), hash(t) == hash((1, 2, 3)))
try: t.index(9)
except ValueError as e: print(e)
try: t + [1]
except TypeError as e: print(e)
r = range(2, 20, 3)
print(r[2], r[-1], r[1:3], r[::-1], list(r[::2]), 11 in r, 12 in r, r.index(11), len(r), r == range(2, 21, 3), bool(range(0)))
try: r.index(12)
except ValueError as e: print(e)
try: r[100]
except IndexError as e: print(e)
print(dict.fromkeys([1, 2], []), {k: v for k, v in sorted({"b": 1, "a": 2}.items())}, list({"x": 1}.items())[0])
od = {}
for k in "hello": od[k] = od.get(k, 0) + 1
print(od, list(od), max(od, key=od.get), sorted(od.items(), key=lambda kv: (-kv[1], kv[0])))
d2 = {1: "a"}; d2[1.0] = "b"; d2[True] = "c"; print(d2)
print({(1, 2): "tuple key", frozenset([1]): "fs key"}[(1, 2)], {None: 0}[None], {"": 1}.get(""))
nested = {"a": {"b": {"c": 1}}}; nested["a"]["b"]["d"] = 2; print(nested, nested.get("x", {}).get("y"))
print(sorted({3, 1, 2}), sorted(frozenset("cab")), set("aab") == {"a", "b"}, {1, 2} == {2, 1}, len({*"abc", *"bcd"}))
sd = {1, 2, 3}; sd -= {1}; sd &= {2, 3, 4}; sd |= {5}; sd ^= {2, 6}; print(sorted(sd))
print(set(), frozenset(), {1}.copy(), set([1]).pop(), repr(set([])), str(frozenset([1])))
