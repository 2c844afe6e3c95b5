# threading.local: a new thread never sees a finished thread's attributes,
# even when it gets the same ident.
import threading

loc = threading.local()
seen = []


def w(v):
    seen.append(getattr(loc, 'x', None))
    loc.x = v


for i in range(3):
    t = threading.Thread(target=w, args=(i,))
    t.start()
    t.join()
print(seen)
loc.x = 'main'
t = threading.Thread(target=w, args=(9,))
t.start()
t.join()
print(loc.x, seen[-1])


class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v


m = MyLocal(5)
out = []
t = threading.Thread(target=lambda: out.append(m.v))
t.start()
t.join()
print(m.v, out, vars(m))
del loc.x
print(hasattr(loc, 'x'))
