# The pure-Python profiler (profile.Profile) with a deterministic timer.
import profile, pstats, io

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
    try:
        int("q")
    except ValueError:
        pass
    return fib(4) + sum(out)

clock = Clock()
p = profile.Profile(clock)
p.runctx('work()', globals(), locals())
print("timer calls", clock.n)
s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname')
st.print_stats()
st.print_callers()
st.print_callees()
print(s.getvalue())
for k in sorted(st.stats):
    print(k, st.stats[k][:2], sorted(st.stats[k][4].items()))

# a timer returning pairs, and runcall
pair = [0, 0]
def pairs():
    pair[0] += 1
    pair[1] += 2
    return (pair[0] * 0.01, pair[1] * 0.01)
p2 = profile.Profile(pairs)
print(p2.runcall(fib, 3))
p2.create_stats()
for k in sorted(p2.stats, key=str):
    if k[0] != 'profile':
        cc, nc, tt, ct, callers = p2.stats[k]
        print(k[2], cc, nc, round(tt, 6), round(ct, 6))

# profile.run with a real clock: only the counts are stable
import re, contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    profile.run('fib(4)', sort='stdname')
print(re.sub(r'\d+\.\d{3}', 'T', out.getvalue()))
