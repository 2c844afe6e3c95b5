import sys
sys.setrecursionlimit(100000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(90000))
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
