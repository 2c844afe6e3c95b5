from graphlib import TopologicalSorter, CycleError
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
g = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter(); ts.add(3, 2, 1); ts.add(7, 3); ts.add(2, 0); ts.add(1, 0)
print(tuple(ts.static_order()))
ts = TopologicalSorter(g); ts.prepare()
while ts:
    r = ts.get_ready(); print("ready", r); ts.done(*r)
try: TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare()
except CycleError as e: print(e, e.args, type(e).__mro__)
try: TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["b"], "x": ["x"]}).prepare()
except CycleError as e: print(e.args[1])
ts = TopologicalSorter({1: [2]}); ts.prepare()
for bad in [lambda: ts.add(5), ts.prepare, lambda: ts.done(9), lambda: ts.done(1)]:
    try: bad()
    except ValueError as e: print(e)
r = ts.get_ready(); ts.done(2)
try: ts.done(2)
except ValueError as e: print(e)
try: TopologicalSorter().get_ready()
except ValueError as e: print(e)
try: TopologicalSorter().is_active()
except ValueError as e: print(e)
print(TopologicalSorter[int])
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}
print(list(TopologicalSorter(deps).static_order()))
