# Operators, comparisons, calls, displays, f-strings, constant folding.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 10, 2 ** -1, -2 ** 2, 7 // 2, -7 // 2, 7 % -3, 7 / 2)
print(1 << 70, 0xff >> 4, 6 & 3, 6 | 3, 6 ^ 3, ~5, +3, -(-3), not 0)
print("ab" * 3, (1, 2) * 2, [0] * 3, "a" + "b", b"x" * 2)
print(1 < 2 <= 2 == 2 != 3 > 0 >= 0, 1 < 0 < 2, 3 in [1, 2, 3], 4 not in (1, 2), None is None)
x = [1, 2]
print(x is x, x is not [1, 2], x == [1, 2])
print(1 and 0, 1 or 0, 0 and 1, "" or "y", None or [] or 0)
print(True + 1, 3 if x else 4, (lambda: 1)() if 0 else "else")
d = {"a": 1, **{"b": 2}, "c": 3, **{"a": 9}}
print(d)
print({1, 2, *[3, 4], *{5}}, [*range(3), *"ab"], (*"xy", 1))
print({**{}, **{"k": 0}}, {}, set(), (), [])


def show(*a, **k):
    return a, k


print(show(1, 2, x=3))
print(show(*[1], *(2,), 3, **{"y": 4}, z=5))
print(show(**{"a": 1}, **{"b": 2}))
args = list(range(40))
print(len(show(*args)[0]), show(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
                                18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)[0][-1])
kw = {"k%d" % i: i for i in range(20)}
print(len(show(**kw)[1]), show(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12,
                               m=13, n=14, o=15, p=16, q=17, r=18)[1]["r"])
print("a.b.c".split("."), " x ".strip().upper(), "{}-{}".format(1, 2))
name, width = "val", 8
print(f"{name}", f"{name!r}", f"{name:>{width}}|", f"{3.14159:.2f}", f"{name=}", f"{{lit}}")
print(f"{'nested ' + f'{width * 2}'}", f"{x[0]}{x[1]}", f"{d['a']:03d}", f"{name!a:^9}")
big = f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}{12}{13}{14}{15}{16}{17}{18}{19}{20}{21}{22}{23}{24}{25}{26}{27}{28}{29}{30}{31}{32}"
print(big)
s = "abcdef"
print(s[1], s[-1], s[1:3], s[::-1], s[1::2], s[:], s[slice(2, None)])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
print((1, 2, 3)[1], "xyz"[0], {"k": "v"}["k"])
print(2 * 3.0, 10 / 4, 1e3, 1_000_000, 0o17, 0b101, 1j * 1j, 3 - 2j)
print(__debug__, not __debug__)
print(max(1, 2), min([3, 1, 2]), abs(-3), len("four"))
items = [3, 1, 2]
items.sort(reverse=True)
print(items, sorted(items, key=lambda v: -v))
print(type(2 ** 200), 2 ** 200 // 3 ** 50)
print("%s-%d" % ("a", 5), "%(x)s" % {"x": 1})
i = 5
print(i if i > 3 else -i, -i if i < 3 else i * 2)
print([n for n in range(20) if n % 3 == 0 if n % 2 == 0])
print(1 if None is None else 0, 1 if i is not None else 0)
