# Generator patterns: pipelines, coroutines via send, recursive yield from, throw forms.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def take(n, it):
    for _ in range(n):
        yield next(it)
try:
    print(list(take(5, iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return [s for s in squares if s > 10]
print(pipeline())
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
    return total
acc = accumulate(); next(acc)
for v in [1, 2, 3]: print("running", acc.send(v))
try: acc.send(None)
except StopIteration as e: print("final", e.value)
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, []])], 5])))
def yf_generator_return():
    r = yield from (x for x in range(2))
    yield ("r", r)
print(list(yf_generator_return()))
def yf_iter_noniter():
    yield from 5
try: list(yf_iter_noniter())
except TypeError as e: print(e)
def yf_send_to_list():
    yield from [1, 2]
g = yf_send_to_list(); next(g)
try: g.send("x")
except AttributeError as e: print(e)
def yield_in_expr():
    a = (yield 1) + (yield 2)
    yield a
g = yield_in_expr(); print(next(g), g.send(10), g.send(20))
def gen_with_exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        import sys
        yield type(sys.exc_info()[1]).__name__
g = gen_with_exc_state(); print(next(g)); print(next(g))
import sys
print(sys.exc_info()[0])
def lazy_eval():
    print("started")
    yield 1
g = lazy_eval(); print("created"); print(next(g))
def gen_throw_type():
    try: yield
    except Exception as e: yield repr(e)
g = gen_throw_type(); next(g); print(g.throw(ValueError("direct instance")))
g = gen_throw_type(); next(g); print(g.throw(TypeError))
def early_throw():
    yield 1
g = early_throw()
try: g.throw(KeyError("before start"))
except KeyError as e: print("propagated", e)
print(next(g, "exhausted"))
def g_return_value():
    return "rv"
    yield
try: next(g_return_value())
except StopIteration as e: print(e.value, e.args)
def nested_gen():
    def inner(): yield from range(3)
    yield from inner()
    yield from inner()
print(sum(nested_gen()), list(zip(nested_gen(), "abcdef")))
gen = (x for x in range(3))
print(iter(gen) is gen, list(gen), next(gen, None))
print(list(enumerate(x * 2 for x in "ab")), dict((k, len(k)) for k in ["aa", "b"]))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter(); print(next(c), next(c), next(c), c.send("reset"), next(c))
c.close(); print(next(c, "closed"))
