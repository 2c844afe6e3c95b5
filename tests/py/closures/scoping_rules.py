# Scoping rules: LEGB, global/nonlocal, class bodies, del, exec namespaces.
x = "global x"
def read_global(): return x
def shadow():
    x = "local x"
    return x
print(read_global(), shadow(), x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound()
def aug_unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        print(e)
    counter = 0
aug_unbound()
counter = 0
def use_global():
    global counter
    counter += 1
    return counter
use_global(); print(use_global(), counter)
def make():
    global made_later
    made_later = "created in function"
make(); print(made_later)
def del_global():
    global made_later
    del made_later
del_global(); print("made_later" in globals())
len = lambda s: "shadowed builtin"
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len)
class C:
    x = "class x"
    y = x + "!"
    def m(self): return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def nested_class():
    y = "func y"
    class D:
        y = "class y"
        got = y
        def m(self): return y
    return D.got, D().m()
print(nested_class())
ns = {"a": 1}
exec("b = a + 1\ndef f(): return b * 10", ns)
print(ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("c = 5", {}, loc); print(loc)
print(eval("a * 100", ns), eval("[n for n in range(a + 2)]", ns))
code = compile("q = 7\nq * 2", "<s>", "exec"); g = {}; exec(code, g); print(g["q"])
print(eval(compile("1 + 1", "<e>", "eval")))
def loop_var_leak():
    for i in range(3): pass
    return i
print(loop_var_leak())
def comp_no_leak():
    [j for j in range(3)]
    try: return j
    except NameError as e: return str(e)
print(comp_no_leak())
try:
    del undefined_global_name
except NameError as e: print(e)
def del_local():
    v = 1
    del v
    try: return v
    except UnboundLocalError as e: return str(e)
print(del_local())
def default_scope(a=x): return a
x = "rebound"
print(default_scope())
lam_x = [lambda: x for x in range(2)]
print([f() for f in lam_x], x)
print(globals()["x"], "read_global" in globals(), type(locals()) is dict)
def vars_local(a, b=2):
    c = 3
    return sorted(locals().items())
print(vars_local(1))
