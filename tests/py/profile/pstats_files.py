# dump_stats / Stats(filename) round trips, Stats.add, strip_dirs on merged
# keys, sort key abbreviations and the errors of Stats.
import cProfile, pstats, profile, io, os, tempfile

class Clock:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * 0.001

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    return fib(4) + len([1, 2])

tmp = tempfile.mkdtemp()
f1 = os.path.join(tmp, 'one.prof')
f2 = os.path.join(tmp, 'two.prof')

p = cProfile.Profile(Clock())
p.runcall(work)
p.dump_stats(f1)
p2 = cProfile.Profile(Clock())
p2.runcall(fib, 3)
pstats.Stats(p2).dump_stats(f2)

def table(st):
    out = io.StringIO()
    st.stream = out
    st.print_stats()
    # the first line names the file and its modification time
    lines = out.getvalue().splitlines()
    return '\n'.join(l for l in lines if tmp not in l)

s = pstats.Stats(f1, stream=io.StringIO())
print([os.path.basename(f.split('    ')[-1]) for f in s.files])
print(table(s.strip_dirs().sort_stats('calls', 'name')))

both = pstats.Stats(f1, f2, stream=io.StringIO())
print([os.path.basename(f.split('    ')[-1]) for f in both.files])
print(both.total_calls, both.prim_calls, round(both.total_tt, 6))
print(table(both.strip_dirs().sort_stats('ncalls', 'stdname')))

s = pstats.Stats(stream=io.StringIO())
s.add(f2, f1)
print([os.path.basename(f.split('    ')[-1]) for f in s.files])
s.add(both)
print(s.total_calls, sorted(k[2] for k in s.stats))

# profile's callers hold counts, cProfile's tuples: they do not mix
pp = profile.Profile(Clock())
pp.runcall(fib, 2)
mixed = pstats.Stats(f2, stream=io.StringIO())
try:
    mixed.add(pp)
except TypeError as e:
    print(type(e).__name__, e)

# strip_dirs merges entries whose paths differ only by directory
st = pstats.Stats(stream=io.StringIO())
st.stats = {('/a/x.py', 1, 'f'): (1, 2, 0.5, 1.0, {('/a/y.py', 3, 'g'): (2, 1, 0.5, 1.0)}),
            ('/b/x.py', 1, 'f'): (3, 4, 0.25, 0.5, {('/b/y.py', 3, 'g'): (4, 3, 0.25, 0.5)})}
st.strip_dirs()
print(st.stats)

# sort keys: abbreviations, SortKey members, legacy ints, errors
s = pstats.Stats(f1, stream=io.StringIO())
defs = s.get_sort_arg_defs()
print(sorted(defs))
for keys in [('cu',), ('tott', 'fil'), (pstats.SortKey.PCALLS, pstats.SortKey.LINE), (-1,), (0,), (1,), (2,)]:
    s.sort_stats(*keys)
    print(keys, s.sort_type)
for keys in [('c',), ('cum',), ('calls', 1), (5,)]:
    try:
        s.sort_stats(*keys)
    except Exception as e:
        print(type(e).__name__, e)
print(list(pstats.SortKey), pstats.SortKey('ncalls') is pstats.SortKey.CALLS)
print(pstats.SortKey.TIME == 'time', pstats.SortKey('tottime').value)
print(s.sort_stats() is s, s.fcn_list)
for bad in [3, cProfile.Profile()]:
    try:
        pstats.Stats(bad)
    except TypeError as e:
        print(str(e).split(' object from')[0])
out = io.StringIO()
print(pstats.Stats(stream=out).print_stats() is not None, repr(out.getvalue()))
print(pstats.Stats(f1, stream=io.StringIO()).get_stats_profile().total_tt)
print(pstats.Stats(stream=io.StringIO()).get_stats_profile())
s = pstats.Stats(f1, stream=io.StringIO())
s.sort_stats('stdname').print_stats('(')
print(s.stream.getvalue().splitlines()[-4:])
os.remove(f1)
os.remove(f2)
os.rmdir(tmp)
print(str(pstats.SortKey.CALLS), format(pstats.SortKey.TIME), pstats.SortKey('module'),
      pstats.SortKey.FILENAME._all_values)
