# The _lsprof / cProfile API: flags, getstats entries, timer units, errors,
# run/runctx/runcall, the context manager and sys.getprofile().
import _lsprof, cProfile, pstats, sys, io, re, contextlib

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    out = []
    for i in range(3):
        out.append(len(str(i)))
    return fib(5) + sum(out)

class Clock:
    def __init__(self, step=0.001):
        self.n = 0
        self.step = step
    def __call__(self):
        self.n += 1
        return self.n * self.step

def name(code):
    return code if isinstance(code, str) else code.co_name

def dump(entries):
    for e in sorted(entries, key=lambda e: str(name(e.code))):
        calls = None if e.calls is None else sorted(
            (name(s.code), s.callcount, s.reccallcount, round(s.totaltime, 6),
             round(s.inlinetime, 6)) for s in e.calls)
        print(' ', name(e.code), e.callcount, e.reccallcount,
              round(e.totaltime, 6), round(e.inlinetime, 6), calls)

print(_lsprof.Profiler.__name__, _lsprof.profiler_entry.__name__,
      _lsprof.profiler_subentry.__name__, issubclass(_lsprof.profiler_entry, tuple))
print(cProfile.__all__, issubclass(cProfile.Profile, _lsprof.Profiler))

# subcalls and builtins switched off at construction
c = Clock()
p = cProfile.Profile(c, subcalls=False, builtins=False)
print(p.runcall(work), c.n)
dump(p.getstats())

# ... and per enable() call
c = Clock()
p = cProfile.Profile(c)
p.enable(builtins=False)
work()
p.disable()
p.enable(subcalls=0, builtins=True)
len("ab")
p.disable()
print(c.n)
dump(p.getstats())
p.clear()
print(p.getstats())

# integer timer with a timeunit
ticks = [0]
def itimer():
    ticks[0] += 7
    return ticks[0]
p = cProfile.Profile(itimer, 0.5)
p.enable(subcalls=False)
fib(3)
p.disable()
dump(p.getstats())

# an entry is a structseq
e = p.getstats()[0]
print(len(e), e.callcount == e[1], type(e).__name__)
s = [e for e in p.getstats() if not isinstance(e.code, str)][0]
print(s.code.co_name, s[1:5])

# sys.getprofile() while enabled is the profiler
p = cProfile.Profile(Clock())
p.enable()
inside = sys.getprofile()
p.disable()
print(inside is p, sys.getprofile())

# context manager returns the profiler
with cProfile.Profile(Clock()) as q:
    fib(2)
print(type(q).__name__, sorted(str(name(e.code)) for e in q.getstats()))

# runctx returns self, run uses __main__
p = cProfile.Profile(Clock())
print(p.runctx('fib(x)', {'fib': fib}, {'x': 3}) is p)
p.create_stats()
print(sorted(p.stats))
p = cProfile.Profile(Clock())
p.run('fib(2)')
p.create_stats()
print(sorted(k[2] for k in p.stats))

# argument errors
for args, kw in [((1, 2, 3, 4, 5), {}), ((), {'bogus': 1}), ((None, 'x'), {}),
                 ((None, 0.0, 'a'), {}), ((None, 0.0, 1.5), {})]:
    try:
        _lsprof.Profiler(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
p = _lsprof.Profiler()
for args, kw in [((1, 2, 3), {}), ((), {'x': 1}), (('a',), {})]:
    try:
        p.enable(*args, **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
p.disable()

# a failing timer is reported as unraisable and reads as 0
class Bad:
    def __call__(self):
        raise RuntimeError("timer")
    def __repr__(self):
        return "<bad timer>"
p = cProfile.Profile(Bad())
p.enable()
len([])
p.disable()
print(sorted(e.code for e in p.getstats()), [e.totaltime for e in p.getstats()])

# cProfile.run / runctx print a table; times are masked
def masked(fn):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = fn()
    print(r)
    print(re.sub(r'\d+\.\d{3}', 'T', out.getvalue()))
masked(lambda: cProfile.run('fib(4)', sort='stdname'))
masked(lambda: cProfile.runctx('f(3)', {'f': fib}, {}, sort=pstats.SortKey.NAME))
