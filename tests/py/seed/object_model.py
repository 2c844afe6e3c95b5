# Seed: "Everything is an Object"
x = 42
print(type(x))
print(x)
print(isinstance(id(x), int))

def greet():
    pass

print(type(greet))
print(greet.__name__)
print(type(greet.__code__).__name__)

class MyClass:
    pass

print(type(MyClass))
print(type(type))
print(type(object))
print(object.__bases__)
print(type.__bases__)
print(type(type) is type, type(object) is type)
print(isinstance(MyClass, type), isinstance(type, object), isinstance(object, type))
print(MyClass.__mro__)
print(MyClass.__name__, MyClass.__qualname__, MyClass.__module__)
