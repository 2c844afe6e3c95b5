# try/except/else/finally, raise forms, chaining, with, exc_info.
import sys

def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        raise ValueError("bad value")
    return "fine"

for k in range(5):
    try:
        r = risky(k)
    except ZeroDivisionError as e:
        print("zero:", e)
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", repr(e))
    else:
        print("else:", r)
    finally:
        print("finally", k)

def finally_return():
    try:
        return "try"
    finally:
        print("in finally")
print(finally_return())

def finally_overrides():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(finally_overrides())

def loop_break():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f", i)
    return i
print(loop_break())

try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("c")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("d") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise IndexError
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def reraise():
    try:
        raise OSError("os")
    except OSError:
        raise
try:
    reraise()
except OSError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise NameError("from finally")
except NameError as e:
    print(e)

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("c", swallow=True):
    raise ValueError("inside")
try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", e)

def with_return():
    with CM("e"):
        return "ret"
print(with_return())

for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break

try:
    with 1:
        pass
except TypeError as e:
    print(e)

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, e.args)

try:
    try:
        1/0
    except 5:
        pass
except TypeError as e:
    print(e)

def nested_handlers():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            raise TypeError(2)
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(nested_handlers())

e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print(err)

assert True
try:
    assert 1 == 2, "math is broken"
except AssertionError as err:
    print(repr(err))
try:
    assert False
except AssertionError as err:
    print(repr(err))

tb = None
try:
    risky(0)
except ZeroDivisionError as err:
    tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)

def exc_in_generator_context():
    try:
        raise KeyError("outer")
    except KeyError:
        g = (1 / x for x in [0])
        try:
            next(g)
        except ZeroDivisionError as z:
            return repr(z.__context__)
print(exc_in_generator_context())
