x = 5
if x is 5: print("y")
if x is not "a": print("z")
assert (x, "msg")
assert (1, "msg")
print(x is None, x is ..., () is ())
def f():
    try: [1, 2] (3)
    except TypeError as e: print(e)
    try: (1, 2)[1.0]
    except TypeError as e: print(e)
    try: {1}[0]
    except TypeError as e: print(e)
    print("ab"[0], "ab"[True], [1,2][0:1], f"{x}"[0], (lambda: 1)() )
    try: (lambda: 1)[0]
    except TypeError as e: print(e)
f()
while x is 6: pass
y = [v for v in range(3) if v is 1]
import warnings
warnings.simplefilter("error")
try:
    compile("x is 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
warnings.simplefilter("ignore")
compile("x is 1", "<s>", "exec")
print("ignored")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("def f(x):\n    if x is 'a': pass\n    assert (x, 1)\n    return [1, 2] (3), (1, 2)[1.5], {1}[0], x is not 0\n", "mod.py", "exec")
for x in w:
    print(x.category.__name__, x.filename, x.lineno, x.message)
