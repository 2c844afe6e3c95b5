# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(5 ^ 3 & 1, (5 ^ 3) & 1, ~1 + 1, -~1, ~-1, not 1 == 2, (not 1) == 2)
print(1 < 2 == 2, 1 < 2 > 1.5, 3 > 2 > 1 > 0, 1 < 3 < 2, 1 == 1.0 == True)
print(1 in [1] == True, (1 in [1]) == True, 2 not in [1] is True)
print(0 or 1 and 2, (0 or 1) and 2, not 0 and 0, not (0 and 0))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
print([1, 2, 3][1:][0], -[4][0], (lambda: 5)(), {"a": [1, 2]}["a"][-1])
print(2 * -3, 2 ** -1 * 4, -3 ** 2 * 2, 3 - -3, 3 + +3, 1 - - - 1)
print(8 // 3 * 3 + 8 % 3, -7 // 2, -7 % 2, divmod(-7, 2))
print(2 < 3 and 3 < 4 or False, True + True * 2, (True + True) * 2)
print("a" + "b" * 3, ("a" + "b") * 3, [0] * 2 + [1], 3 * "x" == "xxx")
n0 = None
print(n0 is not None, n0 is None is not False)
def f(*a): return a
print(f(1, 2)[1], f(*[3])[0])
lam = lambda x, y=2: x * y if x else -y
print(lam(3), lam(0), lam(3, 3))
print((lambda: (yield))  .__name__)
x = 3
print(x > 2 and x < 5, 2 < x < 5, not 2 < x)
print(2 ** 2 ** -1, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(10 // 3 ** 2, (10 // 3) ** 2, 1 + 2 == 3, (1 + 2) == 3)
print([1] + [2] * 2, 7 & 3 == 3, (7 & 3) == 3)
a = [1, 2, 3]
print(a[-1:], a[::-1], a[1::-1], a[:-10], a[10:])
print(1 if True else 0 + 100, (1 if False else 0) + 100)
print(("x", "y")[True], {True: "t", 1: "one"}[1])
