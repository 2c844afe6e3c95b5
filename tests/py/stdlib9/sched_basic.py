import sched
clock = [0.0]
def now(): return clock[0]
def delay(d):
    print("delay", d)
    clock[0] += d
s = sched.scheduler(now, delay)
def act(name, **kw): print("run", name, now(), kw)
e1 = s.enter(5, 1, act, ("a",))
e2 = s.enter(2, 2, act, ("b",), {"k": 1})
e3 = s.enter(2, 1, act, argument=("c",))
e4 = s.enterabs(2, 1, act, ("d",))
e5 = s.enter(10, 1, act, ("gone",))
print(e2._replace(action=None))
print([e.argument for e in s.queue], s.empty())
s.cancel(e5)
try: s.cancel(e5)
except ValueError as e: print("ValueError", e)
s.run()
print(s.empty(), s.queue)
s.enter(3, 1, act, ("x",))
print(s.run(blocking=False))
s.enterabs(0, 1, lambda: s.enter(1, 1, act, ("chained",)))
s.run()
print(sched.Event._fields)
