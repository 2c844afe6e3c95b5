import sys
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)

try:
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("match", type(e).__name__, e.exceptions)
except MyEG as e:
    print("rest", type(e).__name__, e.exceptions)

# exception raised in one clause isn't matched by later clauses
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("from handler")
    except* TypeError:
        print("should not run")
except TypeError as e:
    print("plain TypeError escaped", repr(e))
except ExceptionGroup as e:
    print("group escaped", repr(e), e.exceptions)

# raise inside handler in a loop, state restored
for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i), KeyError(i)])
    except* ValueError as e:
        print("loop", i, e.exceptions)
    except* KeyError:
        pass
print(sys.exc_info())

# except* in generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [OSError("x")])
    except* OSError as e:
        yield repr(e)
    yield 3
print(list(gen()))

# raise from inside except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
except ExceptionGroup as e:
    print("group", repr(e), e.exceptions, repr(e.exceptions[0].__cause__))

# name is deleted after the clause
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

# BaseExceptionGroup with non-Exception
try:
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("beg match", repr(e))
except BaseExceptionGroup as e:
    print("beg rest", repr(e))

# partial reraise keeps structure
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("structure", repr(e))
