# sys.setprofile sees Python calls (also ones the interpreter inlines:
# plain functions, __init__ of classes) and calls of builtins.
import sys
events = []
def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        name = getattr(arg, '__name__', '?')
    events.append((event, name))
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f(a, b):
    return a + b
def work():
    t = 0
    for i in range(3):
        t += f(i, 1)
        t += P(i).get()
        t += len('ab')
    return t
for i in range(30):
    work()
print(sys.getprofile())
sys.setprofile(prof)
print(sys.getprofile() is prof)
r = work()
sys.setprofile(None)
print(r, sys.getprofile())
for e in events:
    print(e)
def bad(frame, event, arg):
    raise ValueError('hook')
sys.setprofile(bad)
try:
    f(1, 2)
except ValueError as e:
    print('ValueError', e)
print(sys.getprofile())
