# Code object attributes, co_lines/co_positions shape, replace().
def f(a, b=1, *args, c, **kw):
    x = a + b
    def inner():
        return x
    return inner

co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount,
      co.co_posonlyargcount, co.co_varnames, co.co_cellvars, co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
inner = f(1, c=2)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)
print(type(co.co_code).__name__, len(co.co_code) % 2)
lines = list(co.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0], all(a < b for a, b, _ in lines))
print({ln for _, _, ln in lines if ln is not None} <= set(range(2, 7)))
pos = list(co.co_positions())
print(len(pos) * 2 == len(co.co_code), all(len(p) == 4 for p in pos))
print(repr(co).startswith("<code object f at 0x"), repr(co).endswith('line 2>'))

def g(x):
    return x + 1
c2 = g.__code__.replace(co_name="renamed", co_consts=(None, 41))
print(c2.co_name, c2.co_consts, c2 is not g.__code__)
g.__code__ = c2
print(g(1), g.__code__.co_name, g.__name__)
try:
    g.__code__.replace(1)
except TypeError as e:
    print(e)
try:
    g.__code__.replace(co_name=1)
except TypeError as e:
    print(e)
try:
    g.__code__ = inner.__code__
except ValueError as e:
    print(e)
