from enum import Enum, IntEnum
class Field(Enum):
    name = "n"
    value = "v"
    other = "o"
print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, Field.value.value, list(Field))
print(Field("v"), Field["name"], Field.other.name, repr(Field.name))
class Color(Enum):
    RED = 1
    @property
    def pretty(self): return self.name.title()
print(Color.RED.pretty, dir(Color.RED), Color.RED.name, Color.RED.value)
try:
    Color.name
except AttributeError as e:
    print("AttributeError", e)
