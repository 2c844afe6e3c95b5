"""Source snippets for the parser tests (see gen_cases.py)."""

DUMP = [
    # atoms and literals
    'x', 'None', 'True', 'False', '...', '1', '0', '00', '1_000_000', '0x1F', '0o17', '0b101',
    '0XdeadBEEF', '1.5', '1.', '.5', '1e10', '1E-5', '1_0.2_5e1_0', '3j', '1.5J', '0j',
    '123456789012345678901234567890',
    "'a'", '"b"', "'''t\nq'''", '"""x"""', "r'\\n'", "b'ab'", "rb'\\x'", "BR'a'", "u'x'", "U'x'",
    "'a' 'b'", "'a' \"b\" '''c'''", "b'a' b'b'", "'\\n\\t\\\\\\'\\\"'", "'\\x41\\u00e9\\U0001F600'",
    "'\\101\\0'", "'\\q'", "'a\\\nb'", "b'\\xff\\n'", "'é€😀'", "'\\N{BULLET}'",
    # f-strings
    "f'a'", "f''", "f'{x}'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:{w}.{p}}'", "f'{x=}'", "f'{x = }'",
    "f'{x=:>4}'", "f'{x=!s}'", "f'{{}}{x}'", "f'a{b}c{d}e'", "'a' f'{b}' 'c'", "f'{x:}'",
    "f'{\"s\"}'", "f\"{'s'}\"", "f'{a[\"k\"]}'", "f'{x!a}'", "rf'\\n{x}'", "f'{x}' f'{y}'",
    "f'''{\nx\n}'''", "f'{3.14:.2f}'", "f'{a if b else c}'", "f'{(lambda: 1)}'",
    "f'{x,y}'", "f'{*a,}'", "f'{a!=b}'", "f'{a<b}'", "f'{ {1: 2}[1] }'", "f'\\n{x}\\t'",
    # operators
    'a + b', 'a - b * c', '(a - b) * c', 'a / b // c % d @ e', 'a ** b ** c', '-a ** b', '-x',
    '+x', '~x', 'not x', 'not not x', 'a << b >> c', 'a & b | c ^ d', 'a and b', 'a or b',
    'a and b or c and d', 'a or b or c', 'a < b', 'a < b <= c', 'a == b != c',
    'a is b', 'a is not b', 'a in b', 'a not in b', 'a > b >= c', 'x if y else z',
    'a if b else c if d else e', '(x := 5)', 'await x', '-1', '- - 1',
    # containers
    '()', '(1,)', '(1, 2)', '1, 2', '[]', '[1]', '[1, 2,]', '{}', '{1}', '{1: 2}',
    '{1: 2, **a, 3: 4}', '{*a, b}', '[*a, *b]', '(*a, b)', '[x for x in y]',
    '[x for x in y if x if z]', '[x for x in y for z in x]', '{x for x in y}', '{k: v for k, v in d}',
    '(x for x in y)', '[(a, b) for a, *b in c]', '[x async for x in y]', '[y := 1, y**2]',
    '{**a}', '{**a, **b}',
    # calls, attributes, subscripts
    'f()', 'f(a)', 'f(a, b)', 'f(*a)', 'f(**k)', 'f(a, *b, c=1, **d)', 'f(a=1, *b)',
    'f(x for x in y)', 'f((x for x in y), 1)', 'a.b', 'a.b.c', 'a.b()', 'a[1]', 'a[1:2]',
    'a[::2]', 'a[1:2, 3]', 'a[:, None]', 'a[...]', 'a[b][c]', 'a[*b]', 'a[*b, c]', 'a[1,]',
    'a[:]', 'a[x:=1]', 'f(a)(b)', 'f(x=1)', "'abc'.upper()", '(1).real', 'f(a, b=2,)',
    # lambdas
    'lambda: 0', 'lambda x: x', 'lambda x, y=1: x', 'lambda *a, **k: 0', 'lambda a, /, b, *, c: 0',
    'lambda *, a=1, b: 0', 'lambda x=(1, 2): x',
    # statements
    'x = 1', 'x = y = 1', 'x, y = 1, 2', '[a, b] = c', '(a, b) = c', 'a.b = 1', 'a[1] = 2',
    '*a, b = c', 'a, *b = c', 'x += 1', 'x -= 1', 'x *= 1', 'x /= 1', 'x //= 1', 'x %= 1',
    'x **= 1', 'x @= 1', 'x &= 1', 'x |= 1', 'x ^= 1', 'x <<= 1', 'x >>= 1', 'a.b += 1',
    'a[0] += 1', 'x: int', 'x: int = 1', '(x): int = 1', 'a.b: int', 'a[0]: int = 1',
    'x = yield', 'pass', 'del x', 'del x, y', 'del (x, y)', 'del [x, y]', 'del a.b, a[0]',
    'assert x', 'assert x, "msg"', 'import a', 'import a.b.c', 'import a as b, c',
    'import a.b as c', 'from a import b', 'from a import b as c, d', 'from . import x',
    'from .. import x', 'from .a import x', 'from ...a.b import (x, y,)', 'from .... import x',
    'from a import *', 'global a, b', 'nonlocal a', 'x = 1; y = 2', 'x = 1;',
    'return', 'return x', 'return x, y', 'return *a, b', 'raise', 'raise E', 'raise E from e',
    'break', 'continue', 'x = *a, b',
    # compound statements
    'if x:\n    pass', 'if x:\n    a\nelse:\n    b', 'if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d',
    'if x: pass', 'if (n := 10) > 5:\n    pass', 'while x:\n    pass', 'while x:\n    break\nelse:\n    pass',
    'for x in y:\n    pass', 'for x, y in z:\n    pass\nelse:\n    pass', 'for (a, b) in c: pass',
    'for x in 1, 2: pass', 'for *a, b in c: pass', 'for a.b in c: pass',
    'with a: pass', 'with a as b: pass', 'with a as b, c as d: pass', 'with (a as b, c as d): pass',
    'with (a, b): pass', 'with (a, b) as c: pass', 'with (a): pass', 'with a as (b, c): pass',
    'with (a as b, c as d,): pass', 'with a() as b.c: pass',
    'try:\n    pass\nexcept:\n    pass', 'try:\n    pass\nexcept E:\n    pass',
    'try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nfinally:\n    pass', 'try:\n    pass\nexcept* E:\n    pass',
    'try:\n    pass\nexcept* (A, B) as e:\n    pass\nfinally:\n    pass',
    'def f(): pass', 'def f(a, b=1, *c, d, e=2, **g) -> int:\n    return a',
    'def f(a, /, b): pass', 'def f(*, a): pass', 'def f(a: int, *b: str, **c: float): pass',
    'def f(*args: *Ts): pass', 'async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass',
    '@d\ndef f(): pass', '@a.b(c)\n@d\nclass C: pass', '@x := y\ndef f(): pass',
    'class C: pass', 'class C(): pass', 'class C(A, B, metaclass=M, **k): pass',
    'class C:\n    """doc"""\n    x = 1\n    def m(self): return self.x',
    'def g():\n    yield\n    yield x\n    yield from y\n    x = yield z',
    'def f():\n    global x\n    nonlocal y',
    'if a:\n    if b:\n        pass\n    else:\n        pass\nx = 1',
    'if a:\n\tpass\n', 'if a:\n        b\n        c\nd', '\n\n# comment\nx = 1  # tail\n\n',
    'x = (1 +\n     2)', 'x = [\n  1,\n  2,\n]', 'x = 1 + \\\n    2', 'def f(\n    a,\n    b,\n):\n    pass',
    '\ufeffx = 1', 'x = 1\r\ny = 2\r\n', 'match = 1', 'match(x)', 'match.x = 1', 'case = 2', '_ = 3',
    'print(match, case)', 'é = 1', 'αβγ = 2', 'x = 1if y else 2', 'x = [0x1for x in y]',
    "'''doc'''\nx = 1",
]

ATTRS = [
    'x = 1', 'a + b * c', '(a) + b', 'f(x for x in y)', 'x[1:2, ::3]', 'x[:]',
    'def f(a, b=1, *c, d, **e) -> int:\n    pass', '@dec\nclass C(B):\n    x = 1',
    'if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n', 'with (a as b, c): pass',
    '"a" "b"', 'lambda: 0', 'try:\n pass\nexcept E as e:\n pass\n', 'x = 1, 2,',
    'import a.b as c, d', 'from . import (x as y)', "f'a{x!r:>{w}} {y=}'",
    "x = f'''\nab{a}'''", "y = f'''ab\n  {a+b}'''", "f'{x}' 'a' f'{y}'",
    'x = "é" + y', 'é = αβ', 'for x in y:\n    pass\nelse:\n    z', 'while 1:\n    break',
    'del a, b[0]', 'global x', 'assert a, b', 'raise E from F', 'return', 'a.b.c(d)[e]',
    '{1: 2, **a}', '[*a, b]', '(yield)', 'x: int = 5', 'x += 1', 'async def f():\n    await g()',
    'class A:\n    def f(self):\n        return 1\n\n    x = 2\n', 'if x:\n    pass\n# c\n\n',
    'x = (\n  1,\n  2)', 'a if b else c', 'not a', 'a < b < c', 'a and b and c',
]

INDENT = [
    'x = 1', 'def f(a):\n    return [i for i in a if i]', 'class C(B, k=1):\n    x: int = 0',
    "print(f'{a!r}', *b, **c)",
]

ERRORS_MORE = ['def f() x: pass', 'class A x: pass', 'for x in y z: pass', 'while x y: pass', 'try x: pass', 'with a b: pass', 'if x y: pass', 'if x:\n', 'def f():\n', 'class C:\n', 'for x in y:\n', 'while x:\n', 'with a:\n', 'try:\n', 'try:\n  pass\nexcept:\n', 'try:\n  pass\nfinally:\n', 'if x:\n  pass\nelse:\n', 'if x:\n  pass\nelif y:\n', 'try:\n  pass\nexcept* E:\n', 'match x:\n  case 1:\n', 'match x:\n', 'async def f():\n', 'x = (1, 2', 'print(1', 'f(', 'x = {', 'def f(:\n  pass', 'a = 1 = 2', 'a + = 1', 'x = 1 2 3', 'f(1 2)', 'x = [a for a in b c]', 'return return', 'x.', 'import a.', 'from . import', 'import a as', 'a = b = ', 'if x:\npass', 'def f():\nreturn 1', 'x = """\n', "f'{a:{b:{c}}}'", 'x = 1 if 2 else', 'lambda x: yield', 'del *a', 'del (a, *b)', 'del a +1', '[*a for a in b]', '{**a for a in b}', '{*a: 1}', 'f(*a for a in b)', 'a[1:2:3:4]', 'a = b += 1', 'a += b = 1', 'x: int, y: int = 1, 2', 'def f(a=1, /, b): pass', 'def f(a, /, b=1, c): pass', 'lambda a=1, /, b: 0', 'def f(*, **k): pass', 'f(a, b for b in c)', 'f(b for b in c, a)', 'class A(x for x in y): pass', 'x = 0777', 'x = 1_000_', 'x = 1e_1', 'x = 1.0e', 'x = 1jj', 'x = 0xg', 'x = 1__', "x = '\\u12'", "x = '\\U1234567'", "x = '\\xZZ'", "x = b'\\x1'", "x = r'\\'", "x = '\\", 'x = "abc\\"', 'x = !a', 'a ! b', 'x = a!', 'x = $', 'x = `a`', 'x = a <> b', 'x = a === b', 'x = a=>b', '->', 'x = ;', ';', 'x = 1;;', 'global x y', 'nonlocal', 'import (a)', 'from a import b c', 'from (a) import b', 'assert x,', 'raise x from', 'del', 'await', 'x = await', 'def f(): x = yield from', 'for in x: pass', 'for x in: pass', 'for x y in z: pass', 'with a as: pass', 'except: pass', 'finally: pass', 'elif x: pass', 'case x: pass', 'if x: pass\nelse x: pass', 'try: pass\nexcept E e: pass', '@f\nx = 1', 'class', 'def', 'def f', 'class C(', 'class C(A', 'x = yield from', 'x = [yield]', 'f(x=)', 'f(=1)', 'f(,)', 'f(a,,b)', '[,]', '(,)', '{,}', '[1,,2]', 'x = {1:}', 'x = {:1}', 'x = {1:2:3}', 'x = {**}', 'x = [*]', 'a if b', 'a if b else', 'not', 'a and', 'a or', 'a <', 'a not', 'a is not', 'a not b', '(a b)', 'a.b c', 'a[b c]', 'a(b c)']

MATCH = [
    'match x:\n    case 1 | -2 | 3+4j | "s" | None | True:\n        pass\n    case [a, *rest] if a:\n        pass',
    'match x:\n    case (b, *_):\n        pass\n    case {"k": v, **kw}:\n        pass\n    case P(1, y=z) as q:\n        pass',
    'match x:\n    case a.b.c:\n        pass\n    case _:\n        pass\n    case (x):\n        pass\n    case ():\n        pass\n    case []:\n        pass',
    'match a, b:\n    case 1, 2:\n        pass\n    case *x, y:\n        pass\n    case {}:\n        pass\n    case {1: _, a.b: c}:\n        pass',
    'match x:\n    case C():\n        pass\n    case D(a, b=1,):\n        pass\n    case (1 | 2) as z:\n        pass\n    case -1.5 - 2j:\n        pass',
    'match (x):\n    case [1, [2, *_]]:\n        pass\n    case str() | bytes():\n        pass',
    'match = case = 1\nmatch(x)\nmatch[1]\nmatch x:\n    case _:\n        match\ncase',
]

SINGLE = ['x = 1', '1 + 2', 'if x:\n    pass\n', 'def f(): pass\n']

EVAL = [
    '1 + 2', 'x', 'a, b', 'f(x)\n', '\n(1)\n\n', 'lambda: 1', 'x if y else z',
]

ERRORS = [
    'x = (', 'x = )', 'x = (]', 'x = (\n]', 'if x:\n    y\n  z', '  x', 'if x:\ny',
    "x = 'abc", "x = '''abc\n\n", '1abc', '012', '0x', '0o8', '0b2', '1_', '1__0', '1e',
    '1.e5x', 'x = 1 €', 'a\\ b', 'x = f"{a b}"', 'x = f"{}"', 'x = f"{a!x}"', 'x = f"{a"',
    'x = f"}"', 'x=\u00a0', 'if 1:\n\tx\n        y', 'x $ y', 'x ? y', '0_7', '09', "b'é'",
    "f'{a#}'", "f'{\\n}'", 'x = 5 6', 'print "x"', 'f(x for x in y, 1)', 'f(a=1, b)',
    'def f(a=1, b): pass', 'f() = 1', '1 = x', 'x + 1 = 2', 'del f()', 'for 1 in x: pass',
    'if x = 1: pass', 'if x\n  pass', 'def f()\n  pass', 'class A\n  pass', 'x = 1 +', 'a b c',
    '(a, b) += 1', '[a] += 1', 'lambda x=1, y: x', 'import', 'from x import', 'from x import (a, b',
    'x = [1, 2', 'x.1', 'x = {1: 2, 3}', 'f(**x, *y)', 'f(**x, y)', 'True = 1', 'None += 1',
    'x = yield = 1', 'a, b: int', 'def f(*): pass', 'def f(**k, a): pass',
    'try:\n  pass\n', 'try:\n  pass\nexcept* :\n  pass', 'else: pass', 'x = not', 'a := 1',
    'x = 1\n    y = 2', '\tif 1:\n        x', "u'\\x1'", 'x = (' + '(' * 200 + ')' * 201,
    'f(a for a in b for)', '[a b]', 'f(a b)', '{a b}', 'x = [1 2]', 'a = 1 if b', '(*a)',
    'def f():\n  pass\n    x', 'for x in y\n  pass', 'while x\n  pass', 'f(a+1=2)',
    'x = "a" b"c"', 'from x import a,', 'with a as 1: pass', 'del 1', 'a.b = c = 1 = d',
    '[x for 1 in y]', 'f(True=1)', 'x = 1e', 'x = 0b', 'x = 0o', "x = '\\N{no such name}'",
    'def f(a, *, b, **c, d): pass', 'class C(x for x in y, 1): pass',
    'try:\n  pass\nexcept A, B:\n  pass', '@\ndef f(): pass', 'if True:\n  pass\n else:\n  pass',
    'x = `1`', 'x = 1 ! 2', 'def f(/, a): pass', 'def f(a, /, /): pass', 'def f(*a, *b): pass',
    'async x = 1', 'x = {**a: 1}', "b'a' 'b'", 'f"{x!}"', 'f"{x:{y:{z}}}"', 'f"{)}"',
    'f"{a)}"', "f'{lambda: 1}'", 'f"{(a}"', "f'{\"a\"'", 'x = 5 if 3 else', 'assert', 'global', 'def f(a b): pass',
]
