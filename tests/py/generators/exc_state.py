import sys
def g():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError
    except KeyError:
        yield 1
        print("in handler", sys.exc_info()[0])
    print("after handler", sys.exc_info()[0])
    yield 2
    print("end", sys.exc_info()[0])
it = g()
try:
    raise TypeError
except TypeError:
    next(it)
try:
    raise ValueError
except ValueError:
    next(it)
print("outside", sys.exc_info()[0])
try:
    next(it)
except StopIteration:
    pass
try:
    raise IndexError
except IndexError:
    it2 = g()
    next(it2)
    print("caller still", sys.exc_info()[0])
