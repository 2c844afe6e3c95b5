# __slots__ and property attribute traffic: classes with __slots__, with
# properties (getter and setter, computed and validating), class attributes,
# inheritance of slotted classes, and plain dict-backed instances for
# comparison. Measures attribute load/store paths and descriptor calls.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Temperature:
    __slots__ = ("_kelvin",)
    offset = 273

    def __init__(self, k):
        self._kelvin = k

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, v):
        if v < 0:
            v = 0
        self._kelvin = v

    @property
    def celsius(self):
        return self._kelvin - self.offset

    @celsius.setter
    def celsius(self, v):
        self.kelvin = v + self.offset


class Account:
    fee = 2

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.history = 0

    @property
    def rich(self):
        return self.balance > 1000

    def deposit(self, n):
        self.balance += n - self.fee
        self.history += 1


def main():
    pts = [Point3(i, i * 2, i * 3) for i in range(200)]
    acc = 0
    for rnd in range(8700):
        for p in pts:
            p.x += 1
            p.y = p.x + p.z
            acc += p.y - p.x
    temps = [Temperature(i) for i in range(100)]
    t_acc = 0
    for rnd in range(17400):
        for t in temps:
            t.celsius = t.celsius + (rnd & 3) - 1
            t_acc += t.kelvin
    accounts = [Account("o%d" % i) for i in range(50)]
    rich = 0
    for rnd in range(36000):
        for a in accounts:
            a.deposit(rnd & 7)
            if a.rich:
                rich += 1
    print(acc, t_acc, sum(t.celsius for t in temps), rich,
          sum(a.balance for a in accounts), accounts[3].history)


main()
