# Class bodies: namespaces, __class__ and super(), metaclass keywords,
# starred bases, class-level free variables, private name mangling.
class Base:
    "base doc"
    attr = "base"

    def hello(self):
        return "Base.hello"


class Child(Base):
    attr = "child"

    def hello(self):
        return "Child+" + super().hello()

    def cls(self):
        return __class__


print(Child().hello(), Child().cls() is Child, Base.__doc__, Child.__doc__)
print(Child.__qualname__, Child.__module__, Child.hello.__qualname__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


bases = (Base,)
extra = {"flag": 2}


class K(*bases, metaclass=Meta, first=1, **extra):
    pass


print(K.kw, K.__mro__[1] is Base, type(K) is Meta)


def factory(v):
    class Local:
        value = v
        doubled = [v * 2 for _ in range(2)]

        def get(self):
            return v
    return Local


L = factory(7)
print(L.value, L.doubled, L().get(), L.__qualname__)


def shadow():
    x = "outer"

    class C:
        x = "class"
        y = x

        def m(self):
            return x
    return C


S = shadow()
print(S.x, S.y, S().m())


class Private:
    __secret = 1

    def __init__(self):
        self.__hidden = 2

    def reveal(self):
        return self.__secret, self.__hidden, __class__.__name__


pv = Private()
print(pv.reveal(), sorted(k for k in vars(pv)), hasattr(Private, "_Private__secret"))


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

    @staticmethod
    def sm(x):
        return x * 2

    @classmethod
    def cm(cls):
        return cls.__name__

    @property
    def prop(self):
        return self.id * 10


c1, c2 = Counter(), Counter()
print(c2.id, Counter.instances, Counter.sm(4), Counter.cm(), c1.prop)


class Annotated:
    a: int
    b: str = "x"


print(Annotated.__annotations__, Annotated.b)


class WithLoop:
    items = []
    for i in range(3):
        items.append(i * i)
    del i


print(WithLoop.items, hasattr(WithLoop, "i"))


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Decorated:
    pass


print(Decorated.decorated)
