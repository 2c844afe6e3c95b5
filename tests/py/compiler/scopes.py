# Scopes: deep nonlocal chains, class bodies with generator expressions,
# nested classes and __class__, deleted cells, slots with private names.
def a():
    x = 0
    def b():
        def c():
            def d():
                nonlocal x
                x += 1
                return x
            return d
        return c()
    f = b()
    f(); f()
    return x
print(a())
class Outer:
    val = [1, 2, 3]
    gen = list(v * 2 for v in val)
    class Inner:
        def who(self):
            return __class__.__qualname__
        def sup(self):
            return super().__class__.__name__
print(Outer.gen, Outer.Inner().who(), Outer.Inner().sup())
def fact(n):
    return [1 if k == 0 else k * fact(k - 1)[-1] for k in range(n + 1)]
print(fact(5))
def defaults(f=lambda x: x * 2, g=[i * i for i in range(3)]):
    return f(3), g
print(defaults())
def gen():
    try:
        yield 1
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as e:
            print("handled", e)
g = gen(); next(g); g.close()
x = 10
def shadow():
    print(x)
shadow()
def del_cell():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        print(e)
del_cell()
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(**{'a': 1}, b=2, **{'c': 3}))
class Slots:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = 1
        self.__b = 2
    def get(self):
        return self.__b
print(Slots().get(), Slots.__slots__)
t = 1,
print(t, (1), (1,), ())
print([*"ab", *range(2)], {**dict(a=1)}, f"{'x':>{3}}")
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
    finally:
        print("f", n)
for i in range(2):
    try:
        pass
    finally:
        break
print("i", i)
