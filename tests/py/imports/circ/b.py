print("b start")
from . import a
B = "B"
def use_a(): return a.A
print("b end, a has A:", hasattr(a, "A"))
