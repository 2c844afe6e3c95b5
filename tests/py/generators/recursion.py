import sys
def gen():
    yield 1
    yield 2
g = gen()
def deep(n):
    if n == 0:
        return next(g)
    return deep(n - 1)
print(next(g))
sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(next(g))
def deep2(n):
    return deep2(n - 1) if n else next(g2)
g2 = gen()
sys.setrecursionlimit(60)
try:
    deep2(59)
except RecursionError as e:
    print("RecursionError again")
sys.setrecursionlimit(1000)
print(list(g2))
