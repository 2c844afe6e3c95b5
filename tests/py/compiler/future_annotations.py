# `from __future__ import annotations`: annotations are stored as their
# source text (needs lib/__future__.py to import).
from __future__ import annotations
def f(a: dict[str, int] | None, b: 'x' = 1, *c: tuple[int, ...], d: Callable[[int], str], e: lambda x: x, f: -1, g: a.b.c[0:2, ::3], h: not x, i: x if y else z, j: [1,2], k: {1: 2}, m: f(x, *y, z=1, **w), n: 1 + 2 * 3 - (4 - 5), o: 2 ** -1, p: x < y < z, q: (a, b), r: (), s: a and (b or c), t: f'{x!r:>3}', u: ..., v: b'x', w: 1.5e300*1e300, x2: {1, 2}, y2: [i for i in x if i], z2: -(a+b), z3: (-a)**b, z4: a[1:], z5: a[:, 1], z6: 'it\'s', z7: 1j, z8: None, z9: True, y3: lambda a, /, b=1, *c, d, **e: 0, y4: {**a, 'k': [*b]}, y5: a[b:c, d], y6: f'{{x}} {y:{z}}', y8: 1 .real) -> list[int]: pass
for k, v in f.__annotations__.items(): print(k, repr(v))
class C:
    x: Undefined = 1
    y: list[Undefined]
print(C.__annotations__)
z: Nope[1] = 5
print(__annotations__)
