# namedtuple field descriptors (_collections._tuplegetter)
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x, P.x.__doc__, type(P.x))
try: p.x = 3
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
try: P.x.__get__(5)
except TypeError as e: print(e)
