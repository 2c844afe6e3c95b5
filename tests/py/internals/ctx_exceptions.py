import contextlib, sys

class Managed:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress

with Managed("a") as m, Managed("b"):
    print("body", m.name)
with Managed("s", suppress=True):
    raise KeyError("k")
print("after suppressed")
try:
    with Managed("n"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled in cm:", e)
    finally:
        print(f"</{name}>")

with tag("p") as v:
    print(v)
with tag("q"):
    raise ValueError("inside")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppress ok")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(Managed(n))
    stack.callback(print, "callback ran")
    print("stack body")

class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("lookup failed", 42) from e
except AppError as e:
    print(e, repr(e), e.args, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    print("from None:", e.__suppress_context__, type(e.__context__).__name__)

def f():
    try:
        return "try"
    finally:
        print("finally before return")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print("finally overrides:", g())
for exc in (ValueError, LookupError, IndexError, KeyError, ZeroDivisionError, StopIteration, KeyboardInterrupt):
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print("split:", [str(x) for x in match.exceptions], repr(rest))
e = KeyError("k")
print(str(e), repr(e), str(KeyError()), repr(ValueError()), str(OSError(2, "nope")))
print(sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
e = ValueError("x")
e.add_note("note 1")
print(e.__notes__)
try:
    [].pop()
except IndexError as err:
    print(err, err.__traceback__.tb_lineno > 0, err.with_traceback(None) is err)
try:
    int("abc")
except ValueError as err:
    print(err)
try:
    None.foo
except AttributeError as err:
    print(err, err.name, err.obj)
try:
    undefined_name
except NameError as err:
    print(err, err.name)
res = []
for i in range(3):
    try:
        if i == 1:
            continue
        res.append(i)
    finally:
        res.append("f")
print(res)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("except* V:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("except* T:", repr(eg))
