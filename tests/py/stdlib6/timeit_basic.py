import timeit

# a fake timer makes results deterministic: each call advances by 1.0
class FakeTimer:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        self.t += 1.0
        return self.t

calls = []
def f():
    calls.append(1)

t = timeit.Timer(f, timer=FakeTimer())
print(t.timeit(number=7), len(calls))
print(t.repeat(repeat=3, number=2), len(calls))

# string statements see setup's names as locals
ns = {}
t = timeit.Timer("acc.append(x * 2)", setup="x = 21", timer=FakeTimer(),
                 globals={'acc': []})
print(t.timeit(3))
g = {'acc': []}
timeit.timeit("acc.append(y)", setup="y = 5", number=4, globals=g)
print(g['acc'])
multi = timeit.Timer("a = 1\nb = a + 1\nres.append(b)", globals={'res': ns.setdefault('r', [])})
multi.timeit(2)
print(ns['r'])

# real timer returns a non-negative float
r = timeit.timeit("pass", number=100)
print(type(r).__name__, r >= 0)
rs = timeit.repeat("1+1", number=10, repeat=3)
print(len(rs), all(isinstance(x, float) for x in rs))
print(timeit.default_timer is __import__('time').perf_counter)

# autorange with the fake timer: 1.0 elapsed is >= 0.2 on the first try
seen = []
print(timeit.Timer("pass", timer=FakeTimer()).autorange(lambda n, tt: seen.append((n, tt))), seen)

for bad in [("x = ", "pass"), ("pass", "  bad indent")]:
    try:
        timeit.Timer(*bad)
    except SyntaxError as e:
        print("SyntaxError")
try:
    timeit.Timer(42)
except ValueError as e:
    print(e)
try:
    timeit.Timer("pass", setup=3)
except ValueError as e:
    print(e)
