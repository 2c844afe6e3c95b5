# Tracer control: None from the global tracer, a local tracer that swaps
# itself, f_trace set by hand, f_trace_lines/f_trace_opcodes, settrace(None)
# mid-way, gettrace, and a tracer that raises.
import sys

log = []

def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno

def work(n):
    a = n
    b = a * 2
    return a + b

def skipped(n):
    c = n
    return c

def selective(frame, event, arg):
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == 'skipped':
        return None
    return local_a

def local_a(frame, event, arg):
    print("  A", event, rel(frame))
    if event == 'line' and rel(frame) == 2:
        return local_b
    return None          # None keeps the current local tracer

def local_b(frame, event, arg):
    print("  B", event, rel(frame), arg if event == 'return' else '')
    return local_b

sys.settrace(selective)
print(sys.gettrace() is selective)
work(1)
skipped(2)
sys.settrace(None)
print(sys.gettrace())

# f_trace set on the running frame, then settrace: events start at once
def by_hand():
    sys._getframe().f_trace = local_b
    sys.settrace(lambda f, e, a: None)
    x = 1
    y = x + 1
    sys.settrace(None)
    z = y
    return z

by_hand()

# settrace(None) from inside a traced function stops everything
def stopper(frame, event, arg):
    print("stopper", event, frame.f_code.co_name, rel(frame))
    return stopper

def stops_midway():
    p = 1
    sys.settrace(None)
    q = 2
    return p + q

sys.settrace(stopper)
stops_midway()
print("after stop", sys.gettrace())

# f_trace_lines = False: no line events, call/return still come
def nolines(frame, event, arg):
    frame.f_trace_lines = False
    print("nolines", event, frame.f_code.co_name)
    return nolines

sys.settrace(nolines)
work(3)
sys.settrace(None)

# f_trace_opcodes = True: opcode events between line events
counts = {}
def opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    counts[event] = counts.get(event, 0) + 1
    return opcodes

sys.settrace(opcodes)
work(4)
sys.settrace(None)
print(sorted(counts), counts['line'], counts['opcode'] > counts['line'])

# a tracer that raises: the exception comes out of the traced code and
# tracing is off afterwards
def bad(frame, event, arg):
    if event == 'line' and rel(frame) == 2:
        raise RuntimeError("tracer failed")
    return bad

sys.settrace(bad)
try:
    work(5)
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print("caught", e, names[1:])
print("trace after error:", sys.gettrace())

# a global tracer that raises on 'call'
def bad_call(frame, event, arg):
    raise KeyError("call")

sys.settrace(bad_call)
try:
    work(6)
except KeyError as e:
    print("caught", repr(e))
print("trace after error:", sys.gettrace())

# no recursion: the tracer's own calls are not traced
depth = []
def helper(x):
    return x + 1

def calls_helper(frame, event, arg):
    depth.append((event, frame.f_code.co_name))
    helper(1)
    return calls_helper

sys.settrace(calls_helper)
work(7)
sys.settrace(None)
print(depth)
