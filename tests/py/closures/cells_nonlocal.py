# Closures: cells, nonlocal, late binding, class scopes, __closure__.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = make_counter()
inc(); inc(5); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def shared():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]
print(shared())
def bind_default():
    return [(lambda i=i: i)() for i in range(3)]
print(bind_default())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                nonlocal a
                a += 10
                return a + b + c
            return l3
        return l2
    return l1()()(), a
print(deep())
def outer_then_rebind():
    x = "first"
    def read(): return x
    x = "second"
    return read()
print(outer_then_rebind())
x = "global"
def no_nonlocal_global():
    def inner():
        global x
        x = "changed"
    inner()
    return x
print(no_nonlocal_global(), x)
def class_scope():
    v = "func v"
    class K:
        v = "class v"
        def meth(self): return v
        seen = v
    return K().meth(), K.seen
print(class_scope())
def class_nonlocal():
    count = 0
    class K:
        nonlocal count
        count += 1
    return count
print(class_nonlocal())
class WithClassCell:
    def m(self): return __class__.__name__
    def sup(self): return super().__repr__.__name__
print(WithClassCell().m(), WithClassCell().sup())
def unbound_free():
    def inner(): return late
    try:
        inner()
    except NameError as e:
        print(e)
    late = 1
    return inner()
print(unbound_free())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5): add(v)
    return total
print(gen_closure())
def adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
print([f(10) for f in adders().values()])
def cell_of_arg(a):
    def g(): return a
    a = a * 2
    return g()
print(cell_of_arg(4))
def del_cell():
    v = 1
    def g(): return v
    del v
    try: g()
    except NameError as e: print(e)
del_cell()
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache: cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
print(make_counter.__closure__, inc.__closure__ is not None, len(deep.__code__.co_cellvars))
def lambda_chain():
    return (lambda a: (lambda b: (lambda c: a * 100 + b * 10 + c)))(1)(2)(3)
print(lambda_chain())
