# Frames, recursion limit and __del__ of module globals at shutdown.
import sys
class Tracked:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
keep = Tracked("global")
def f():
    t = Tracked("local")
    return 1
f()
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who(): return sys._getframe(1).f_code.co_name
def caller(): return who()
print(caller())
old = sys.getrecursionlimit(); sys.setrecursionlimit(200)
def r(n): return r(n + 1)
try: r(0)
except RecursionError: print("recursion at limit")
sys.setrecursionlimit(old)
print("end of script")
sys.stdout.flush()
