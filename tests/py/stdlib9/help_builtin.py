class Shape:
    """Base shape."""
    __slots__ = ()
    sides = 0
    def area(self):
        """Return the area."""
        return 0
    def describe(self, verbose=False):
        return "shape"
    @property
    def name(self):
        """The shape's name."""
        return "shape"
class Square(Shape):
    """A square with side length s."""
    __slots__ = ("s",)
    sides = 4
    def area(self):
        return self.s ** 2
    @classmethod
    def unit(cls):
        """Make a unit square."""
        return cls(1)
    @staticmethod
    def info(x, *rest, key=None, **kw) -> str:
        return "square"
help(Square)
help(Shape)
def greet(name: str, greeting: str = "Hello") -> str:
    """Greet someone.

    Returns the greeting text.
    """
    return f"{greeting}, {name}!"
help(greet)
sq = Square(); sq.s = 2; help(sq.area)
help(Square.unit)
help(lambda x, y=2: x)
def undocumented(*args, **kwargs): pass
help(undocumented)
