import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import time
def sq(x): return x * x
def boom(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    fs = {ex.submit(sq, i): i for i in range(5)}
    print(sorted((fs[f], f.result()) for f in as_completed(fs)))
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.exception(), f.done(), f.cancelled())
    try: f.result()
    except ValueError as e: print("raised", e)
    done, nd = wait([ex.submit(sq, 2), ex.submit(sq, 3)])
    print(sorted(x.result() for x in done), nd)
    r = []
    g = ex.submit(sq, 7); g.add_done_callback(lambda fut: r.append(fut.result()))
    g.result(); time.sleep(0.01); print(r)
    try: list(ex.map(boom, range(5)))
    except ValueError as e: print("map raised", e)
with ProcessPoolExecutor() as ex:
    print(list(ex.map(sq, [1, 2, 3])), sum(ex.map(sq, range(100))))
ex = ThreadPoolExecutor(2); ex.shutdown()
try: ex.submit(sq, 1)
except RuntimeError as e: print(e)
fut = cf.Future(); print(fut.done(), fut.cancel(), fut.cancelled())
try: fut.result()
except cf.CancelledError: print("cancelled")
f2 = cf.Future(); f2.set_result(5); print(f2.result(), f2.done())
try: f2.set_result(6)
except cf.InvalidStateError as e: print(type(e).__name__)
f3 = cf.Future()
try: f3.result(timeout=0.01)
except TimeoutError: print("timeout", cf.TimeoutError is TimeoutError)
try: ThreadPoolExecutor(0)
except ValueError as e: print(e)
def slow(n):
    time.sleep(0.02 * n); return n
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(slow, n) for n in (3, 1, 2)]
    print(sorted(f.result() for f in as_completed(fs)))  # order is timing-dependent
    d, nd = wait(fs, return_when=cf.FIRST_COMPLETED); print(len(d) >= 1)
print(cf.ALL_COMPLETED, cf.FIRST_EXCEPTION)
