# Seed: "Metaclasses"
class MyClass:
    pass

print(type(MyClass))
print(isinstance(MyClass, type))

MyClass = type('MyClass', (object,), {'x': 1, 'method': lambda self: 42})
obj = MyClass()
print(obj.x)
print(obj.method())
print(MyClass.__name__, MyClass.__bases__)

class MyMeta(type):
    """Custom metaclass"""

    def __new__(mcs, name, bases, namespace):
        print(f"Creating class: {name}")
        namespace['added_by_meta'] = True
        return super().__new__(mcs, name, bases, namespace)

    def __init__(cls, name, bases, namespace):
        print(f"Initializing class: {name}")
        super().__init__(name, bases, namespace)

    def __call__(cls, *args, **kwargs):
        print(f"Creating instance of {cls.__name__}")
        return super().__call__(*args, **kwargs)

class MyClass(metaclass=MyMeta):
    pass

obj = MyClass()
print(MyClass.added_by_meta)
print(type(MyClass).__name__, type(obj).__name__)

class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class S(metaclass=Singleton):
    pass

a = S()
b = S()
print(a is b)

registry = {}

class RegisterMeta(type):
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        if name != 'Base':
            registry[name] = cls
        return cls

class Base(metaclass=RegisterMeta):
    pass

class Plugin1(Base):
    pass

class Plugin2(Base):
    pass

print(registry)

from abc import ABCMeta, abstractmethod

class Interface(metaclass=ABCMeta):
    @abstractmethod
    def method(self):
        pass

try:
    Interface()
except TypeError as e:
    print(e)

class Impl(Interface):
    def method(self):
        return "implemented"

print(Impl().method())
print(isinstance(Impl(), Interface), issubclass(Impl, Interface))
