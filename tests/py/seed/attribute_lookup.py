# Seed: "Attribute Lookup Order"
class Descriptor:
    def __get__(self, obj, type=None):
        return "from descriptor"
    def __set__(self, obj, value):
        pass  # Data descriptor (has __set__)

class NonDataDescriptor:
    def __get__(self, obj, type=None):
        return "from non-data descriptor"

class MyClass:
    data_desc = Descriptor()
    non_data_desc = NonDataDescriptor()
    class_attr = "class attribute"

    def __init__(self):
        self.__dict__['data_desc'] = "instance"
        self.__dict__['non_data_desc'] = "instance"
        self.class_attr = "instance"

obj = MyClass()
print(obj.data_desc)
print(obj.non_data_desc)
print(obj.class_attr)
print(MyClass.class_attr, MyClass.data_desc, MyClass.non_data_desc)
print(sorted(obj.__dict__.items()))

class WithGetattribute:
    def __init__(self):
        self.existing = "value"

    def __getattribute__(self, name):
        print(f"Getting {name}")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"{name} not found, returning default"

o = WithGetattribute()
print(o.existing)
print(o.missing)

class Broken:
    def __getattribute__(self, name):
        return self.name

try:
    Broken().x
except RecursionError as e:
    print("RecursionError:", e)

class Fixed:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)

f = Fixed()
f.a = 5
print(f.a)
