import sys
def f(excs):
    raise ExceptionGroup("eg", excs)

try:
    f([ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("VE", repr(e), e.exceptions)
    print("exc_info", repr(sys.exc_info()[1]))
except* TypeError as e:
    print("TE", repr(e), e.exceptions)
print("after")

try:
    try:
        f([ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("VE", repr(e))
except ExceptionGroup as e:
    print("escaped", repr(e), e.exceptions)

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), e.exceptions)

try:
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print("no")
except KeyError as e:
    print("escaped naked", repr(e))

try:
    try:
        f([ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        pass
except KeyError as e:
    print("combined: single raise escapes bare", repr(e), repr(e.__context__))

try:
    try:
        f([ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        raise IndexError("y")
except ExceptionGroup as e:
    print("combined", repr(e), e.exceptions)
    print("contexts", [repr(x.__context__) for x in e.exceptions])

try:
    try:
        f([ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e), e.exceptions)

try:
    try:
        f([ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        f([ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        f([ValueError(1)])
    except* 42:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    f([ValueError(1), TypeError(2)])
except* (ValueError, TypeError) as e:
    print("tuple", repr(e))
else:
    print("else")
finally:
    print("finally")

try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("finally ran")

def g():
    try:
        f([ValueError(1)])
    except* ValueError as e:
        print("in g", e.exceptions)
    print(sys.exc_info())
    return 5
print(g())

for src in ["for x in y:\n try: pass\n except* E: break",
            "for x in y:\n try: pass\n except* E: continue",
            "def f():\n try: pass\n except* E: return 1",
            "for x in y:\n try: pass\n except* E:\n  for z in w: break",
            "def f():\n try: pass\n except* E:\n  def g(): return 1",
            "try: pass\nexcept* E: pass\nexcept F: pass",
            "try: pass\nexcept E: pass\nexcept* F: pass",
            "for x in y:\n try: pass\n except* E: pass\n finally: break"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e, e.lineno, e.offset)

# nested groups
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
except* ValueError as e:
    print("nested VE", repr(e))
except* TypeError as e:
    print("nested TE", repr(e))
