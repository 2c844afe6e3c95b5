# A contextmanager-style wrapper (as contextlib's) driving a generator with
# next/throw, including StopIteration and exception identity rules.
class GCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(fn):
    def helper(*args, **kwargs):
        return GCM(fn(*args, **kwargs))
    return helper

@contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)

with managed("a") as v:
    print("body", v)
with managed("b"):
    raise KeyError("k")
try:
    with managed("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e, e.__traceback__ is not None)

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e

try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))

@contextmanager
def nested_state():
    import sys
    try:
        yield
    except TypeError:
        print("inside handler sees", sys.exc_info()[0].__name__)
        yield

try:
    with nested_state():
        raise TypeError
except RuntimeError as e:
    print(e)
