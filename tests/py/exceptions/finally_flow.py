# finally interacting with return/break/continue, and exception chaining.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_continue())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded", i
print(break_in_finally())
def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("from handler")
    except ValueError as e:
        return type(e.__context__).__name__, e.__cause__, e.__suppress_context__
print(nested_handlers())
def explicit_cause():
    try:
        try:
            {}["k"]
        except KeyError as k:
            raise RuntimeError("wrapped") from k
    except RuntimeError as e:
        return repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__
print(explicit_cause())
def from_none():
    try:
        try:
            [][1]
        except IndexError:
            raise TypeError("clean") from None
    except TypeError as e:
        return e.__cause__, e.__suppress_context__, type(e.__context__).__name__
print(from_none())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        return str(e)
print(exc_var_cleared())
def reraise():
    try:
        try:
            raise OSError("orig")
        except OSError:
            raise
    except OSError as e:
        return e.args
print(reraise())
import sys
def exc_info_inside():
    try:
        raise LookupError("li")
    except LookupError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None, sys.exc_info()[0] is LookupError
print(exc_info_inside(), sys.exc_info())
def else_clause(fail):
    try:
        if fail: raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("finally for", fail)
print(else_clause(True), else_clause(False))
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(e, repr(e.__cause__))
try:
    raise TypeError("x") from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try: raise ValueError
    except (KeyError, ValueError) as e: print("tuple match", type(e).__name__)
    except NotExc: pass
except TypeError as e:
    print(e)
while True:
    try:
        break
    finally:
        print("finally on break from while")
def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally")
for v in gen_finally():
    break
print("after gen loop")
