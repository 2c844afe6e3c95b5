# More tracing cases: iterator classes ending with StopIteration, a tracer
# that gives callers an f_trace (as pdb does), deep recursion, sys.setprofile
# together with settrace, threading.settrace/gettrace, and frame attributes
# seen by the tracer.
import sys
import threading

def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno

def show(frame, event, arg):
    co = frame.f_code
    if co.co_filename != __file__:
        return None
    if event == 'exception':
        print(event, co.co_name, rel(frame), arg[0].__name__)
    elif event in ('call', 'return'):
        if not isinstance(arg, (int, type(None))):
            arg = type(arg).__name__
        print(event, co.co_name, rel(frame), repr(arg))
    else:
        print(event, co.co_name, rel(frame))
    return show

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def use_iter():
    t = 0
    for v in Count(2):
        t += v
    return t

sys.settrace(show)
use_iter()
sys.settrace(None)

# pdb-style: the tracer sets f_trace on the caller, which then gets line
# events after the call returns.
def inner():
    return 1

def outer():
    a = inner()
    b = a + 1
    return b

def give_caller(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'inner':
        frame.f_back.f_trace = show
    return None

sys.settrace(give_caller)
outer()
sys.settrace(None)

# deep recursion under a tracer
calls = 0
def counting(frame, event, arg):
    global calls
    if event == 'call':
        calls += 1
    return None

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

sys.settrace(counting)
print(down(200), calls)
sys.settrace(None)

# profile and trace together: each sees its own events
prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_name == 'inner':
        prof.append(event)

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'inner':
        prof.append("T:" + event)
        return tracer
    return None

sys.setprofile(profiler)
sys.settrace(tracer)
inner()
sys.settrace(None)
sys.setprofile(None)
print(sorted(prof))

# frame attributes inside the tracer
def attrs(frame, event, arg):
    if frame.f_code.co_name == 'withlocals':
        print(event, rel(frame), sorted(frame.f_locals.items()),
              frame.f_back.f_code.co_name, frame.f_trace is None)
    return attrs

def withlocals(p):
    q = p * 2
    return q

sys.settrace(attrs)
withlocals(4)
sys.settrace(None)

# threading.settrace applies to threads started afterwards, not this one
seen = []
def thread_tracer(frame, event, arg):
    if event == 'call':
        seen.append(frame.f_code.co_name)
    return None

def thread_body():
    return inner()

threading.settrace(thread_tracer)
print(threading.gettrace() is thread_tracer, sys.gettrace())
t = threading.Thread(target=thread_body)
t.start()
t.join()
threading.settrace(None)
print('thread_body' in seen, 'inner' in seen)
