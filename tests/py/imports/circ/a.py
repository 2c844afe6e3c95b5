print("a start")
from . import b
A = "A"
def use_b(): return b.B
print("a end")
