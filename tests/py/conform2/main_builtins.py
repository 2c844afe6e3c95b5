import sys
print(type(__builtins__).__name__, __builtins__ is sys.modules['builtins'])
print(len([1,2]), abs(-3))
def f(): return len("abc")
print(f(), type(f.__builtins__).__name__, f.__builtins__ is sys.modules['builtins'].__dict__)
g = {}
exec("x = len('ab'); bt = type(__builtins__).__name__", g)
print(g['x'], g['bt'])
print(eval("len('abc')", {}))
print(eval("abs(-5)", {'__builtins__': sys.modules['builtins']}))
print(eval("abs(-5)", {'__builtins__': {'abs': lambda x: 'mine'}}))
exec("print(type(__builtins__).__name__)")
import json
print(type(json.__builtins__).__name__)
print(type(globals()['__builtins__']).__name__)
class C:
    def m(self): return max(1, 2)
print(C().m())
print([min(i, 1) for i in range(3)])
print(vars(__builtins__)['len'] is len)
try:
    undefined_name
except NameError as e:
    print(e)
