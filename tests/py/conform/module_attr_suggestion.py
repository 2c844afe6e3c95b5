import math
try:
    math.sqr(4)
except AttributeError as e:
    print(e.name, e.obj is math)
print(hasattr(math, 'nope'), getattr(math, 'nope', 1))
math.flor(2.5)
