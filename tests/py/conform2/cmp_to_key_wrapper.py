import functools
def cmp(a, b): return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
print(type(K).__name__, type(K).__module__, type(K).__qualname__)
print(repr(K)[:40].split(' at ')[0])
print(sorted([3, 1, 2], key=K))
k = K(5)
print(type(k).__name__, k.obj)
print(K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(1) != K(2))
try: hash(K(1))
except TypeError as e: print(e)
try: K(1) < 3
except TypeError as e: print(e)
print(callable(K), hasattr(K, '__call__'))
try: K()
except TypeError as e: print(e)
print(max([1, 5, 3], key=K), min("bca", key=K))
try:
    K(1).x = 3
except AttributeError as e: print("AttributeError")
import functools; print(hasattr(functools, "KeyWrapper"))
