# Mutation during iteration, big-int/float division, recursive reprs, format_map, iterator sharing.
d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 0
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d.keys(): del d[k]; d[5] = 5
except RuntimeError as e: print(e)
l = [3, 1, 2]
try: l.sort(key=lambda v: l.append(v) or v)
except ValueError as e: print(e)
print(10 ** 400 / 10 ** 399, (2 ** 1000 + 1) / 2 ** 999, 1 / 3 == (10 ** 50) / (3 * 10 ** 50), 7 / 2 ** 1100)
try: 2 ** 2000 / 3.0
except OverflowError as e: print(e)
try: float(2 ** 1024)
except OverflowError as e: print(e)
print(int("١٢٣"), int("１２"), float("１.５"), "١".isdecimal(), "²".isdigit(), "²".isdecimal())
l = [1]; l.append(l); print(repr(l), str([l]))
d = {}; d[1] = [d]; print(d)
class R:
    def __repr__(self): return repr(self.x)
r = R(); r.x = [r] if False else [1]; print(repr(r))
import sys
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print(e)
print("{0}{{}}{1:{2}}".format("a", "b", 3) + "|", "{:{w}.{p}f}".format(3.14159, w=8, p=2), "{x}".format_map({"x": 9}))
class Default(dict):
    def __missing__(self, k): return f"<{k}>"
print("{a} {b}".format_map(Default(a=1)))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0], reverse=True))
print(sorted([3, 1, 2], key=None), sorted("Ba", key=str.lower), sorted([-1, 1, 0], key=abs))
it = iter([1, 2, 3])
for v in it:
    if v == 1: next(it)
    print("v", v)
x = 10
for x in range(3): pass
print(x)
del x
try: print(x)
except NameError as e: print(e)
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_yieldfrom, next(gen), gen.gi_code.co_name, gen.gi_frame.f_lineno > 0)
def wy():
    with open(__file__) as fh:
        yield fh.readline()[:5]
print(list(wy()))
print(sum(range(1, 10 ** 6, 7)), max(range(10 ** 4)), len(range(0, 10 ** 12, 3)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(str.isdigit, "a1b2")))
print(isinstance(map(abs, []), type(iter([]))), type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(round(1e15 + 0.5), round(-0.0), 0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1.0000000000000002, 9007199254740993.0)
print(2 ** 63, -2 ** 63, 2 ** 63 - 1 + 1, (-2) ** 63, int(9.9e18), int(-9.3e18), 10 ** 19 // 3)
print(abs(-2 ** 63), -(-2 ** 63), (2 ** 62) * 2, (2 ** 62) * -2, (-2 ** 63) // -1, (-2 ** 63) % -1, 3 * (2 ** 62))
