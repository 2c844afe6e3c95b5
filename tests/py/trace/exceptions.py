# 'exception' events where an exception is raised and where it propagates
# into a frame; 'return' with None when it leaves a frame; try/except,
# try/finally, with-statements and re-raises.
import sys

def show(frame, event, arg):
    co = frame.f_code
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'exception':
        tb = arg[2]
        print(event, co.co_name, rel, arg[0].__name__, str(arg[1]),
              type(tb).__name__, tb.tb_frame is frame)
    elif event in ('return', 'call'):
        print(event, co.co_name, rel, repr(arg))
    else:
        print(event, co.co_name, rel)
    return show

def raiser(kind):
    if kind == 1:
        raise ValueError("bad")
    return {}["missing"]

def caught():
    try:
        raiser(1)
    except ValueError as e:
        msg = str(e)
    return msg

def uncaught():
    x = 1
    raiser(2)
    return x

def finally_block():
    try:
        return raiser(1)
    finally:
        print("finally runs")

def reraise():
    try:
        raiser(2)
    except KeyError:
        raise

class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return t is KeyError

def with_block():
    with CM() as c:
        raiser(2)
    with CM():
        y = 1
    return y

def chained():
    try:
        raiser(1)
    except ValueError:
        raise TypeError("second") from None

sys.settrace(show)
print(caught())
try:
    uncaught()
except KeyError as e:
    print("outer got", repr(e))
try:
    finally_block()
except ValueError:
    print("outer got ValueError")
try:
    reraise()
except KeyError:
    print("outer got KeyError")
print(with_block())
try:
    chained()
except TypeError as e:
    print("outer got", e)
sys.settrace(None)
