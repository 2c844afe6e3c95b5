# Syntax oddities: tight tokens, decorator expressions, one-line suites, target forms.
x = 1
print(1if x else 2, [1for _ in range(2)], 0x1 if x else 0)
if x: a = 1; b = 2; print(a, b)
for i in range(2): print(i); print("same line")
buttons = [lambda: "b0", lambda: "b1"]
@buttons[1].__call__ if False else (lambda f: f)
def decorated(): return "decorated"
print(decorated())
@(lambda f: lambda: f() + "!")
def excl(): return "hey"
print(excl())
total = (1 +
         2 +
         3)
print(total, \
      "continued")
lst = [
    1,
    2,  # comment inside
]
print(lst)
print(f"{x:{'>'}{3}}", f"{'{'}{x}{'}'}", "{{}}".format())
class K(object, metaclass=type): pass
print(K.__bases__)
def f(a, /, b, *, c): return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
print(*[], sep="|")
print(2**-1, -2**-1, 2**-2**-1 == 2**(-(2**-1)), not -1, - -1, +-+1)
print((yield_ := 5), [] == [] is not None)
def gen(): x = yield; return x
print(type(gen()).__name__)
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
if True:
    pass
elif False:
    pass
else:
    pass
while False: pass
else: print("while else on false")
try: pass
except: pass
else: print("try else")
finally: print("try finally")
print(type(...), ... == Ellipsis, [...][0])
t = 1,
print(t, (1), ((1,)), (), tuple())
s = 'a' "b" '''c''' """d""" f'e' r'\f'
print(s)
print(0 if 1 else 2 if 3 else 4, (lambda: 1 if 0 else 2)())
print([i for i in range(10) if i % 2 if i % 3], [i if i else -1 for i in range(3)])
d = {'a': 1, 'b': 2}
print({k: v for k, v in d.items()}, {**d}, dict(**d))
x = y = z = 0; print(x, y, z)
x, = [5]; print(x)
[x] = (6,); print(x)
(x) = 7; print(x)
for (a, b) in [(1, 2)]: print(a, b)
for [a, b] in [[3, 4]]: print(a, b)
print(True if None is None else False)
del (x), [y]
print("x" in dir(), "y" in dir()); x = 7
def noreturn(): pass
print(noreturn(), (lambda: None)())
def annotations(x: "a" = 1, *args: "b", y: "c" = 2, **kw: "d") -> "r": pass
print(annotations.__annotations__)
class Slots: __slots__ = 'one',
print(Slots.__slots__)
print(1_0 + 0b_1 + 0o_7 + 0x_f, 1e1_0 > 1, 10_0.0_1)
global gvar
gvar = 3
print(gvar)
print(r"raw\"quote", 'it''s', "tab\tend".expandtabs(2))
print(*(1, 2), *{3: 4}, **{'sep': ','})
print((*"ab",), [*"cd", *"ef"])
assert x == 7 or True, "never shown"
print(f"{'a' if x else 'b'}" f"{x}", f"{x}" "lit")
