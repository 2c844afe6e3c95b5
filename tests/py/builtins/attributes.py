# getattr setattr delattr hasattr vars dir callable isinstance issubclass id
# type object property staticmethod classmethod super


class Point:
    z = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, 'x'), getattr(p, 'nope', 'dflt'), getattr(p, 'z'))
setattr(p, 'w', 9)
print(p.w, hasattr(p, 'w'), hasattr(p, 'nope'))
delattr(p, 'w')
print(hasattr(p, 'w'), vars(p), sorted(vars(Point).keys() & {'z', '__init__'}))
print([n for n in dir(p) if not n.startswith('__')])


class Dyn:
    def __getattr__(self, name):
        return name.upper()


print(getattr(Dyn(), 'abc'), hasattr(Dyn(), 'anything'))


class Boom:
    @property
    def bad(self):
        raise ValueError('boom')


try:
    hasattr(Boom(), 'bad')
except ValueError as e:
    print('hasattr propagates', e)
print(callable(len), callable(1), callable(Point), callable(p), callable(lambda: 0))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance('a', (int, (str,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(Point, object))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic))
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)))
print(type(1), type('a'), type(p).__name__, type(type), type(None))
T = type('T', (Point,), {'q': 5})
print(T.__name__, T.q, T.__mro__[1].__name__, T(3, 4).x)
o = object()
print(type(o).__name__, isinstance(o, object))


class Props:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.__name__


pr = Props()
pr.v = 5
print(pr.v, Props.s(1), pr.s(2), Props.c(), pr.c())


class Base:
    def hello(self):
        return 'base'


class Child(Base):
    def hello(self):
        return 'child+' + super().hello()


print(Child().hello(), super(Child, Child()).hello())
print(repr(None), repr(...), repr(NotImplemented), Ellipsis is ..., __debug__)
print(True + True, False * 3, None is None)
