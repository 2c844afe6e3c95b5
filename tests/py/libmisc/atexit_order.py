# atexit: LIFO order, args/kwargs, decorator use, unregister, failing handler, runs after sys.exit().
import atexit, sys
def bye(name, n=0): print("atexit", name, n)
atexit.register(bye, "first")
atexit.register(bye, "second", n=2)
@atexit.register
def decorated(): print("decorated handler")
def unreg(): print("never")
atexit.register(unreg); atexit.register(unreg); atexit.unregister(unreg)
def failing(): raise ValueError("handler failed")
atexit.register(failing)
atexit.register(print, "print as handler", sep="|")
try: atexit.register(5)
except TypeError as e: print(e)

print("end of script")
sys.exit(3)
