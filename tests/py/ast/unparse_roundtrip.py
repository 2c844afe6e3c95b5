import ast

SOURCES = [
    "x = 1 + 2",
    "a, b = b, a",
    "x = (1, 2)",
    "print((1, 2), [3, 4], {5: 6}, {7, 8}, set())",
    "y = -x ** 2 + (a - b) * c / d // e % f @ g",
    "z = (a + b) * c - (d - e) - f",
    "w = a ** b ** c; v = (a ** b) ** c",
    "q = not a and b or c and not (d or e)",
    "r = a if b else c if d else e",
    "s = (a if b else c) if d else e",
    "t = lambda x, y=1, *args, z, w=2, **kw: x + y",
    "u = lambda: 0",
    "f(a, *b, c=d, **e)",
    "obj.attr.method()[1:2, ::3]",
    "x[1:2]; x[::]; x[a, b]; x[()]",
    "1 .real",
    "del a, b[0], c.d",
    "assert x, 'msg'",
    "global g\nnonlocal n",
    "import os, sys as system\nfrom . import x\nfrom ..pkg.mod import (a, b as c)",
    "x += 1; y -= 2; z **= 3; w //= 4; m @= n",
    "x: int = 5\n(y): str\nz.a: list[int]",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "while x:\n    break\nelse:\n    continue",
    "for i, j in items:\n    print(i)\nelse:\n    done()",
    "try:\n    a()\nexcept ValueError as e:\n    raise TypeError('x') from e\nexcept (A, B):\n    raise\nelse:\n    b()\nfinally:\n    c()",
    "with open(f) as fh, lock:\n    fh.read()",
    "@dec\n@dec2(1)\ndef f(a, /, b, *, c=1) -> int:\n    '''doc'''\n    return a",
    "class C(Base, metaclass=Meta):\n    \"\"\"Class doc.\"\"\"\n    x = 1\n    def m(self):\n        pass",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with z as q:\n        pass",
    "def gen():\n    yield\n    yield 1\n    x = yield 2\n    yield from other()",
    "[x for x in range(10) if x % 2 if x > 3]",
    "{k: v for k, v in d.items()}; {x for x in s}; (x for x in s)",
    "f'hello {name!r:>10} and {value:.2f} {{braces}}'",
    "f'{a}' f\"{b}\"",
    "'single' \"double\" 'it''s'",
    "x = 'a\\nb\\tc'; y = b'bytes'; z = 1.5e300; w = 3j; v = ...",
    "if (n := len(a)) > 10:\n    pass",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) | None:\n        pass\n    case (1 | 2) as num if num > 0:\n        pass\n    case _:\n        pass",
    "x = a < b <= c != d is not e not in f",
    "print(*args, sep='')",
    "x = {**a, 'b': 1}",
    "(a, b), c = d",
    "x = yield_ = (yield)",
    "-(-1); +x; ~y; not not z",
    "a = b = c = 0",
    "raise",
    "try:\n    pass\nexcept* ValueError:\n    pass",
]

for src in SOURCES:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print('---')
    again = ast.unparse(ast.parse(out))
    print('stable' if again == out else 'UNSTABLE: ' + again)
