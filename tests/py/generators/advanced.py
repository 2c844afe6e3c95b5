# Generator corner cases: throw before start, delegation to non-generator
# iterators, exception state across yields, frames.
import sys

def simple():
    yield 1

g = simple()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw:", e)
print(list(g))

class Sub:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(self.i * 10)
        return self.i
    def send(self, v):
        print("Sub.send", v)
        return self.__next__()
    def throw(self, exc):
        print("Sub.throw", repr(exc))
        return -1
    def close(self):
        print("Sub.close")

def deleg():
    r = yield from Sub()
    print("deleg result", r)
    return r

d = deleg()
print(next(d), d.send("x"), d.throw(ValueError("t")))
print(list(d))
d = deleg()
next(d)
d.close()

def no_send():
    yield from iter([1, 2])
n = no_send()
next(n)
try:
    n.send(5)
except AttributeError as e:
    print("AttributeError", e)

def state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

s = state()
print(next(s))
try:
    raise ValueError("outside")
except ValueError:
    print(next(s))
print(next(s))

def lines():
    yield 1
    yield 2
lg = lines()
print(lg.gi_frame.f_lineno, lg.gi_frame.f_code.co_name)
next(lg)
print(lg.gi_frame.f_lineno, lg.gi_suspended, lg.gi_running)
next(lg)
print(lg.gi_frame.f_lineno)
print(list(lg), lg.gi_frame)

def outer():
    yield from inner()
def inner():
    yield 1
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)

def finally_yield():
    try:
        yield "a"
    finally:
        yield "b"
fy = finally_yield()
print(next(fy))
try:
    fy.close()
except RuntimeError as e:
    print(e)

def stop_in_inner():
    def gen():
        yield 1
        return 2
    x = yield from gen()
    yield x
print(list(stop_in_inner()))

def genexp_scope():
    y = 10
    return list(x + y for x in range(3))
print(genexp_scope())

def counter_gen():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
cg = counter_gen()
next(cg)
for v in (1, 2, 3):
    cg.send(v)
try:
    cg.send(None)
except StopIteration as e:
    print("total", e.value)

def throw_tb():
    yield 1
t = throw_tb()
next(t)
try:
    t.throw(TypeError, TypeError("tt"), None)
except TypeError as e:
    print("thrown back", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
print(repr(simple()).startswith("<generator object simple at 0x"))

def gen_return_tuple():
    yield
    return (1, 2)
gr = gen_return_tuple()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print(e.value, e.args)
