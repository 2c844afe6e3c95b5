from enum import Enum
import json
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
print(str(Color.RED), repr(Color.RED), f"{Color.RED}", "{}".format(Color.BLUE), format(Color.RED, ">10"), Color.RED == "red", Color.RED.upper(), "%s" % Color.RED)
class Num(int, Enum):
    ONE = 1
print(str(Num.ONE), repr(Num.ONE), f"{Num.ONE}", Num.ONE + 1, "%d" % Num.ONE, "%s" % Num.ONE)
class F(float, Enum):
    PI = 3.14
print(str(F.PI), repr(F.PI), F.PI * 2)
class Strish(Enum):
    A = "a"
    def __str__(self): return "custom-" + self.value
print(str(Strish.A), f"{Strish.A}", format(Strish.A, "^12"))
