# A profiler only sees the thread that enabled it.
import cProfile, threading

def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)

def other():
    for i in range(20):
        f(8)

p = cProfile.Profile()
p.enable()
t = threading.Thread(target=other)
t.start()
f(10)
t.join()
p.disable()
names = {getattr(e.code, 'co_name', e.code): e.callcount for e in p.getstats()}
print(names['f'], 'other' in names)

# the other thread can profile itself at the same time
results = {}
def own():
    q = cProfile.Profile()
    q.enable()
    f(5)
    q.disable()
    results['own'] = sum(e.callcount for e in q.getstats() if getattr(e.code, 'co_name', '') == 'f')
t = threading.Thread(target=own)
t.start()
t.join()
print(results)
