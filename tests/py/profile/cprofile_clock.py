# cProfile with a deterministic timer: every table, count and time must
# match CPython, because the profiler reads the timer at the same points.
import cProfile, pstats, io

class Clock:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * 0.001

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    out = []
    for i in range(3):
        out.append(len(str(i)))
    return fib(5) + sum(out)

def gen(n):
    for i in range(n):
        yield i * 2

def uses_gen():
    return sum(gen(4))

def boom():
    raise ValueError("x")

def catcher():
    try:
        boom()
    except ValueError:
        pass
    try:
        int("zz")
    except ValueError:
        pass

clock = Clock()
p = cProfile.Profile(clock)
p.enable()
work()
uses_gen()
catcher()
p.disable()
print("timer calls", clock.n)

s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs()
st.sort_stats('cumulative', 'name').print_stats()
st.print_callers()
st.print_callees()
st.sort_stats('time', 'calls').print_stats(3)
st.sort_stats(pstats.SortKey.NFL).print_stats('fib|work')
st.sort_stats('stdname').print_stats(0.5)
st.sort_stats('stdname').reverse_order().print_stats()
st.sort_stats('pcalls', 'stdname').print_callees('gen')
st.sort_stats('line', 'stdname').print_callers('fib', 1)
st.sort_stats('tottime', 'name').print_stats('[')
print(s.getvalue())

print(st.total_calls, st.prim_calls, round(st.total_tt, 6))
for k in sorted(st.stats):
    cc, nc, tt, ct, callers = st.stats[k]
    print(k, cc, nc, round(tt, 6), round(ct, 6),
          sorted((c, tuple(round(x, 6) for x in v)) for c, v in callers.items()))
prof = st.get_stats_profile()
print(prof.total_tt, sorted(prof.func_profiles))
print(prof.func_profiles['fib'])
print(prof.func_profiles['<built-in method builtins.len>'])
