class A:
    def __init__(self):
        A()
try:
    A()
except RecursionError as e:
    print(e)
def f():
    return list(map(lambda x: f(), [1]))
try:
    f()
except RecursionError as e:
    print(e)
class B:
    def __getattr__(self, n):
        return self.x
try:
    B().y
except RecursionError as e:
    print(e)
class C:
    def __repr__(self):
        return repr(self)
try:
    repr(C())
except RecursionError as e:
    print(e)
def g(): g()
try:
    g()
except RecursionError as e:
    print(e)
