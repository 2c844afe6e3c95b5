# try/except/else/finally, named handlers, return/break in finally,
# raise/raise from, assert, with-statement exception handling.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "no exception"
    finally:
        print("finally for", type(exc).__name__)


print(classify(KeyError("k")), classify(ValueError()), classify(TypeError()))


def else_branch():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x += 10
    return x


print(else_branch())


def name_deleted():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except NameError as err:
        return "deleted: " + str(err)


print(name_deleted())


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


print(finally_overrides())


def finally_swallows():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return i


print(finally_swallows())


def reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return "reraised " + str(e)


print(reraise())


def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError("k") from e
    except KeyError as e:
        return type(e.__cause__).__name__, e.__suppress_context__


print(chained())


def context():
    try:
        try:
            raise TypeError("a")
        except TypeError:
            raise ValueError("b")
    except ValueError as e:
        return repr(e.__context__)


print(context())


def from_none():
    try:
        try:
            raise TypeError
        except TypeError:
            raise ValueError from None
    except ValueError as e:
        return e.__cause__, e.__suppress_context__


print(from_none())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert []
except AssertionError as e:
    print("assert no msg:", repr(e))


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__ if et else None)
        return True


class Passthrough:
    def __enter__(self):
        return "value"

    def __exit__(self, et, ev, tb):
        print("passing", et.__name__ if et else None)


with Suppress():
    raise KeyError("gone")
print("after suppress")
try:
    with Passthrough() as v, Suppress():
        print("body", v)
        raise IndexError
    print("suppressed by inner")
    with Passthrough():
        raise IndexError("out")
except IndexError as e:
    print("propagated", e)


def exc_in_handler():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError:
            pass
        import sys
        return sys.exc_info()[0].__name__


print(exc_in_handler())


def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen_cleanup()
print(next(g))
g.close()
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
