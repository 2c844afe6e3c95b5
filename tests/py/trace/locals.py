# A tracer can change a traced function's locals through f_locals (CPython
# 3.11 refreshes f_locals before each tracer call and writes it back after).
import sys

def tr(frame, event, arg):
    if frame.f_code.co_name != 'f' or event != 'line':
        return tr
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if rel == 4:
        loc = frame.f_locals
        loc['x'] = 99
        loc['c'] = 'cell'
        del loc['y']
    if rel == 6:
        # each f_locals access refreshes: only the last change survives
        frame.f_locals['x'] = 5
        frame.f_locals['z'] = 7
    return tr

def f():
    x = 1
    y = 2
    c = 0
    def g(): return c
    print(x, g())
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    z = 0
    print(x, z)
    return sorted(locals())

def stale():
    a = 1
    snapshot = locals()
    a = 2
    b = a
    return a, b, snapshot['a']

sys.settrace(tr)
print(f())
print(stale())
sys.settrace(None)
