# Exception groups as 3.11's excepthook draws them: margins, numbering,
# width/depth limits, notes, chains inside and around groups.
import sys

def hook(e):
    sys.excepthook(type(e), e, e.__traceback__)

def f():
    raise ValueError("inner v")

def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note one\nsecond line")
        raise ExceptionGroup("group msg", [e, TypeError("t"), ExceptionGroup("nested", [KeyError("k")])])

try:
    try:
        g()
    except ExceptionGroup as eg:
        raise RuntimeError("wrapper") from eg
except RuntimeError as e:
    hook(e)

try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    hook(e)

e = ValueError("x")
for i in range(12):
    e = ExceptionGroup("lvl%d" % i, [e])
try:
    raise e
except ExceptionGroup as x:
    hook(x)
