def f(a, b):
    x = [a, b]
    return x[0] + x[1] * 2

print(f(1, 2))
print(f("a", None))
