# Seed: "The Global Interpreter Lock (GIL)" -- the parts with deterministic output
import sys, threading, time

print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

def cpu_work(n):
    total = 0
    for i in range(n):
        total += i
    return total

def io_work(results, i):
    time.sleep(0.05)
    results[i] = i * i

results = [None] * 4
threads = [threading.Thread(target=io_work, args=(results, i)) for i in range(4)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(results, elapsed < 0.19)   # sleeps overlap: the GIL is released

counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(10000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

out = []
def worker(n):
    out.append(cpu_work(n))
ts = [threading.Thread(target=worker, args=(100000,), name=f"w{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out, [t.name for t in ts], [t.is_alive() for t in ts])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count())

ev = threading.Event()
got = []
def waiter():
    ev.wait()
    got.append("woke")
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.01)
ev.set()
w.join()
print(got, ev.is_set())

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        got.append(items.pop())
c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append("item")
    cond.notify()
c.join()
print(got)
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
loc = threading.local()
loc.x = 1
def show():
    got.append(hasattr(loc, "x"))
t = threading.Thread(target=show); t.start(); t.join()
print(got[-1], loc.x)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
def fails():
    raise ValueError("in thread")
t = threading.Thread(target=fails, name="bad")
t.start(); t.join()
print("main continues")
