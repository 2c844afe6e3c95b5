def outer(a, *args, k=1, **kw):
    b = 2
    def inner(x, /, y):
        return a + b + x + y
    return inner
co = outer.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_flags)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_name, co.co_qualname)
ic = outer(1).__code__
print(ic.co_argcount, ic.co_posonlyargcount, ic.co_varnames, ic.co_freevars, ic.co_flags, ic.co_qualname)
r = co.replace(co_name='renamed')
print(r.co_name, r.co_varnames == co.co_varnames, r is co)
import types
print(isinstance(co, types.CodeType))
def gen():
    yield 1
print(gen.__code__.co_flags)
print(list(outer.__code__.co_positions())[0])
print(compile("x", "f", "eval").co_flags, compile("x=1", "f", "exec").co_flags, compile("x=1", "f", "exec").co_name)
