# Frame objects: sys._getframe, f_back, f_locals, f_lineno, tracebacks.
import sys

def show(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno

def a():
    return show(0), show(1), b()

def b():
    x = 42
    f = sys._getframe()
    return f.f_locals["x"], f.f_back.f_code.co_name, f.f_globals is globals()

print(a())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

def capture():
    local_value = "kept"
    return sys._getframe()

fr = capture()
print(fr.f_code.co_name, fr.f_locals, fr.f_lineno, fr.f_back.f_code.co_name)

def fail(n):
    marker = n * 2
    raise KeyError(n)

try:
    fail(3)
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(frames, last.tb_frame.f_locals)

def closure_locals():
    v = 1
    def inner():
        return v
    w = 2
    return sorted(locals()), inner()
print(closure_locals())

class K:
    attr = 1
    names = sorted(locals())
print(K.names)

def exit_raises():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise RuntimeError("in exit")
    try:
        with CM():
            raise ValueError("body")
    except RuntimeError as e:
        return repr(e), repr(e.__context__)
print(exit_raises())

def nested_finally():
    log = []
    try:
        try:
            return "inner"
        finally:
            log.append("f1")
    finally:
        log.append("f2")
        print(log)
print(nested_finally())

def loop_continue_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_continue_finally())

def while_else(n):
    i = 0
    while i < n:
        if i == 5:
            break
        i += 1
    else:
        return "no break"
    return "break"
print(while_else(3), while_else(10))

def for_else(items):
    for x in items:
        if x < 0:
            break
    else:
        return "clean"
    return "negative"
print(for_else([1, 2]), for_else([1, -1]))
