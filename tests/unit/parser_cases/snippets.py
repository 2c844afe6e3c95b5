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

MORE_VALID = ['\x0cx = 1', 'if x:\n\x0c    pass', 'x = """a\\\nb"""', "x = '''\\\n'''", 'x = r"\\\n"', 'f(\n)\n', 'f(a,\n  b)\n', 'class A(B,\n  C): pass', 'x = [\n  i\n  for i in y\n]', 'assert (a,\n b)', 'x = {\n}', 'a = b if c else(d)', 'a = not(b)', 'a=b;c=d;', 'if x: a; b', 'while 1: pass\nelse: pass', 'for x in y: a\nelse: b', 'x = lambda: (yield)', 'def f():\n    return (yield x)', 'x = yield from y', 'await f()', 'async def f(): return [x async for x in y]', 'async def f(): return [await x for x in y]', 'print(*args, sep="")', 'f(**{"a": 1})', 'x = a[1:2:3]', 'x = a[::]', 'x = a[:, :]', 'x = a[1:, ...]', 'x = a[(1, 2)]', 'x = a[-1]', 'x = ~-+x', 'x = a if b else c if d else e', 'x = [i for i in range(10) if i % 2 if i % 3]', 'x = [(i, j) for i in a for j in b if i != j]', 'x = {i: j for i, j in zip(a, b)}', 'x = a or b and not c', 'x = a < b == c > d', 'x = a is not None', 'x = a not in b', 'x = 1 if True else 2', 'x = "a" "b" f"c{d}" "e"', 'x = f"{a}" "b" "c"', "x = f'{a!r:^{w}.{p}f}'", "x = f'{a:{b}}{c}'", "x = f'{a[0]:>10}'", "x = f'{a.b}'", "x = f'{a(b)}'", "x = f'{a}{b}{c}'", "x = f'{{{a}}}'", "x = f'{a:%Y-%m-%d}'", "x = f'{x:=10}'", "x = f'{(x:=10)}'", "x = f'{x,}'", "x = f'''{\n  a\n}'''", 'x = f"{\'a\'}"', "x = f'{a!r}' f'{b!s}'", "x = F'{a}'", "x = fR'{a}\\d'", "x = f'\\N{BULLET} {a}'", "x = f'{a} \\n'", "x = f'a\\{b}'", "x = f'{a:\\n}'", 'x = 0xFFFF_FFFF', 'x = 1_000.000_1', 'x = 1e1_0', 'x = 0.0', 'x = 1.7976931348623157e+308', 'x = 1e400', 'x = 5e-324', 'x = 0.1', 'x = 123456789.123456789', 'x = 99999999999999999999999999999999999999', 'x = 0o777_777', 'x = 0b_1010', 'x = 12', "x = b'\\x00\\xff'", "x = b'\\''", "x = '\\''", "x = '\\\\'", "x = 'a\\tb'", "x = '\\0'", "x = '\\7'", "x = '\\777'", "x = b'\\777'", "x = '\\1234'", "x = 'x' \\\n    'y'", 'x = ("a"\n     "b")', 'x = u"a" "b"', 'x = "a" u"b"', "x = '\\r\\n'", "x = '\\a\\b\\f\\v'", "x = '\\u0000'", "x = '\\U0001F600'", "x = '\\ud800'", 'global a\nglobal b, c', 'import a.b.c as d', 'from a.b import (c,\n d)', 'from . a import b', 'from .. a . b import c', 'import a . b', 'def f(a, b, /): pass', 'def f(a, /, *, b): pass', 'def f(a=1, /, b=2, *, c=3): pass', 'def f(*, a, b=1, c): pass', 'def f(a, *args, b, **kw): pass', 'def f(a,): pass', 'def f(*a,): pass', 'def f(**k,): pass', 'lambda a, /: 0', 'lambda a=1, /, b=2, *c, d=3, **e: 0', 'lambda *a, b: 0', 'lambda a,: 0', 'lambda: (yield)', 'class A(object, metaclass=M): pass', 'class A(*bases): pass', 'class A(**kw): pass', '@a\n@b.c\n@d(e)\n@f[g]\n@(h)\ndef f(): pass', '@a\nasync def f(): pass', 'with a, b: pass', 'with a as b, c: pass', 'with (a, b) as c, d: pass', 'with (\n  a as b,\n  c as d,\n): pass', 'with (a): pass', 'with (a) as b: pass', 'with ((a)): pass', 'with (yield): pass', 'with (a, *b): pass', 'try:\n  pass\nexcept (A, B) as e:\n  raise\nelse:\n  pass', 'try:\n  pass\nexcept A:\n  pass\nexcept B:\n  pass', 'try:\n  pass\nexcept* A:\n  pass\nexcept* B as b:\n  pass\nelse:\n  pass', 'del a[0], b.c, (d, e), [f]', 'del (a), [b]', 'del a,', 'x = *a,', 'x, = a', '[x] = a', '(x,) = a', 'a, (b, c) = d', 'a, [b, *c] = d', 'a.b, c[d] = e', 'a = b = c = d', 'a: b = c', 'a.b: c', 'a[b]: c = d', '(a): b', 'a: b = yield', 'a: b = *c, d', 'a += yield', 'a += *b, c', 'return *a', 'yield *a, b', 'x = yield *a, b', 'for x in *a, b: pass', 'print(x := 1)', 'f(a, b := 1)', '[y := f(x), y**2]', 'if (a := 1) and (b := 2): pass', 'while (line := f()): pass', 'x = (a := 1, b := 2)', 'x[a:=1]', 'x = {a := 1}', 'x = {(a := 1): 2}', 'def f(a=(b := 1)): pass', 'lambda: (x := 1)', 'x = a.b.c.d', 'x = a().b()', 'x = a[b](c).d[e]', 'x = (a).b', 'x = [1][0]', 'x = "abc"[0]', 'x = (1, 2)[0]', 'x = {1: 2}[1]', 'x = 1 .real', 'x = 1.0.real', 'x = 1j.imag', 'if a:\n    pass\nelif b:\n    pass', 'if a:\n  if b:\n    pass\n  elif c:\n    pass\nelse:\n  pass', 'if a:\n    pass\n\n\n\nelse:\n    pass', 'if a:  # c\n    pass  # d\n# e\nelse:  # f\n    pass', 'x = (  # comment\n  1)', 'def f():\n    """doc"""\n    return', 'class C:\n    pass\n\n\n\n', 'def f(): return 1; return 2', 'if a: pass; pass', 'assert a, (b, c)', 'raise a.b(c) from d', 'nonlocal a, b', 'x = ...', 'x[...]', '...; ...', 'x = [..., ...]', 'match x:\n    case {"a": 1, **rest}: pass', 'match x:\n    case [1, 2, *_]: pass\n    case (1 | 2) | 3: pass', 'match x:\n    case A.B(c=D.E()): pass', 'match x:\n    case -0j: pass', 'match x:\n    case "a" "b": pass\n    case b"c": pass', 'match x:\n    case None | True | False: pass', 'match x, y:\n    case a, b if a > b: pass', 'match *x, y:\n    case _: pass', 'match (x := 1):\n    case _: pass', 'match x:\n    case [a, [b, c], {1: d}]: pass', 'match x:\n    case {1: a, "b": b, c.d: e}: pass', 'match x:\n    case a if (b := a): pass', 'class C(): x', 'with (open(x) as f, open(y) as g): pass', "f'{a:{b}{c}:d}'", "f'{a}}}'", "f'{a:{{b}}}'", 'f\'{"{"}\'', 'x = "\\N{LATIN SMALL LETTER A}"', "x = '\\\n'", 'x = [1,\n2\n,3]', 'if (a and\n    b):\n  pass', 'x = 0 if 1 else(2)', 'x = 1or 2', 'x = 1and 2', 'if x:\n\x0c    pass', 'if x:\n    pass\n    ', 'if x:\n    pass\n\t\n', 'x = 1 \\\n\n', 'x = [\n# c\n1]', 'x = (1 \\\n+ 2)', 'if x:\n    a = 1 \\\n  + 2\n    b = 3', 'def f():\n    return 1\n\n\n\n# end', 'class C:\n\n    x = 1\n\n    y = 2\n', 'x = 1\r\n\r\ny = 2', 'if x:\r\n    pass\r\n', 'x = """\r\n"""', "x = 'a\\\r\nb'", 'if x:\n        pass\nelse:\n  pass', 'if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass', 'if x:\n  # c\n    # d\n  pass', 'if x:\n    pass\n  # comment at odd indent\n', 'x = (\n    1\n    )\ny = 2', 'x = 1;\\\ny = 2', '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nx = 1', '\n\n\nx = 1\n\n\n', 'x=1#c', 'x = 1  \t ', 'f(a)(b)(c)', 'x = a if b else c if d else e', 'x = [a for b in c for d in e if f if g for h in i]', 'x = lambda: lambda: 0', 'x = not not not a', "x = f'{x!r:>{width}}'", 'x = f\'{x:{"a"}}\'', "x = f'{x}' '{y}'", "x = '{x}' f'{y}'", "x = f'{1}{2}{3}'", "x = f'''\n{a}\n{b}\n'''", "x = f'{a}\\n{b}'", "x = f'{chr(10).join(y)}'", "x = f'{a:}'", "x = f'{a!r:}'", "x = f'{a=:}'", "x = f'{ a = }'", "x = f'{a+b=}'", "x = f'{a  =  !r}'", 'x = 1_0j', 'x = 1e-0_1', 'x = 0.0e0', 'x = 00000', 'x = 0_0_0', 'x = 1 .__class__', 'x = 1.0.__class__']

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

ERRORS_MORE = ['def f() x: pass', 'class A x: pass', 'for x in y z: pass', 'while x y: pass', 'try x: pass', 'with a b: pass', 'if x y: pass', 'if x:\n', 'def f():\n', 'class C:\n', 'for x in y:\n', 'while x:\n', 'with a:\n', 'try:\n', 'try:\n  pass\nexcept:\n', 'try:\n  pass\nfinally:\n', 'if x:\n  pass\nelse:\n', 'if x:\n  pass\nelif y:\n', 'try:\n  pass\nexcept* E:\n', 'match x:\n  case 1:\n', 'match x:\n', 'async def f():\n', 'x = (1, 2', 'print(1', 'f(', 'x = {', 'def f(:\n  pass', 'a = 1 = 2', 'a + = 1', 'x = 1 2 3', 'f(1 2)', 'x = [a for a in b c]', 'return return', 'x.', 'import a.', 'from . import', 'import a as', 'a = b = ', 'if x:\npass', 'def f():\nreturn 1', 'x = """\n', "f'{a:{b:{c}}}'", 'x = 1 if 2 else', 'lambda x: yield', 'del *a', 'del (a, *b)', 'del a +1', '[*a for a in b]', '{**a for a in b}', '{*a: 1}', 'f(*a for a in b)', 'a[1:2:3:4]', 'a = b += 1', 'a += b = 1', 'x: int, y: int = 1, 2', 'def f(a=1, /, b): pass', 'def f(a, /, b=1, c): pass', 'lambda a=1, /, b: 0', 'def f(*, **k): pass', 'f(a, b for b in c)', 'f(b for b in c, a)', 'class A(x for x in y): pass', 'x = 0777', 'x = 1_000_', 'x = 1e_1', 'x = 1.0e', 'x = 1jj', 'x = 0xg', 'x = 1__', "x = '\\u12'", "x = '\\U1234567'", "x = '\\xZZ'", "x = b'\\x1'", "x = r'\\'", "x = '\\", 'x = "abc\\"', 'x = !a', 'a ! b', 'x = a!', 'x = $', 'x = `a`', 'x = a <> b', 'x = a === b', 'x = a=>b', '->', 'x = ;', ';', 'x = 1;;', 'global x y', 'nonlocal', 'import (a)', 'from a import b c', 'from (a) import b', 'assert x,', 'raise x from', 'del', 'await', 'x = await', 'def f(): x = yield from', 'for in x: pass', 'for x in: pass', 'for x y in z: pass', 'with a as: pass', 'except: pass', 'finally: pass', 'elif x: pass', 'case x: pass', 'if x: pass\nelse x: pass', 'try: pass\nexcept E e: pass', '@f\nx = 1', 'class', 'def', 'def f', 'class C(', 'class C(A', 'x = yield from', 'x = [yield]', 'f(x=)', 'f(=1)', 'f(,)', 'f(a,,b)', '[,]', '(,)', '{,}', '[1,,2]', 'x = {1:}', 'x = {:1}', 'x = {1:2:3}', 'x = {**}', 'x = [*]', 'a if b', 'a if b else', 'not', 'a and', 'a or', 'a <', 'a not', 'a is not', 'a not b', '(a b)', 'a.b c', 'a[b c]', 'a(b c)', '{1: 2 3: 4}', 'class = 1', 'def class(): pass', 'import class', 'x = 1 +* 2', 'else if x:\n  pass', 'if x:\n  pass\nelse if y:\n  pass', 'for i in range(10) print(i)', 'None = 1', 'def f(None): pass', 'lambda: x = 1', '[x for x in range(10) if x else y]', "x = {'a': 1, 'b': 2,, }", 'a = 1 if b else pass', 'while True print(1)', 'a.b.c = = 1', 'x += 1 += 2', 'def f(*args, *, a): pass', 'print(“hello”)', 'import a.b as c.d', 'nonlocal x = 1', 'global x = 1', "bu'x'", "ur'x'", 'x = (1 for x in y, 2)', 'f(a, b for b in c, d)', 'f(**a, *b, c)', 'a, b += 1', 'a.b, c += 1', 'x() += 1', '(yield) = 1', 'f(x) = 1', '-x = 1', 'not x = 1', 'x and y = 1', 'x if y else z = 1', 'lambda: 1 = 1', '{} = 1', '{1} = 1', '[x for x in y] = 1', '(x for x in y) = 1', 'a < b = 1', '"s" = 1', 'f"{x}" = 1', '... = 1', 'x.y.z() = 1', '[a, b()] = 1', '(a, *b()) = 1', 'for x() in y: pass', 'for x, f() in y: pass', 'with a as f(): pass', 'del f(), x', 'del (a, f())', 'del [a + 1]', 'del a.b()', 'del *a, b', 'x: int += 1', '[a]: int', '(a, b): int', 'f(): int', 'a + b: int', '*a: int', 'x = 1 = 2', 'def f(**): pass', 'def f(*a=1): pass', 'def f(**a=1): pass', 'def f(a b): pass', 'def f(a=1 b=2): pass', 'lambda *: 0', 'lambda **: 0', 'lambda a, *, **b: 0', 'def f() -> : pass', 'class C(A B): pass', 'class C(**a, b): pass', 'class C(a=1, b): pass', 'async def f(): await', 'f(x for x in)', 'f(x for in y)', '[x for x in]', '[for x in y]', '{x: for x in y}', '{:x for x in y}', 'x = [1, 2)', 'x = (1, 2]', 'x = {1, 2)', 'f(a, b]', 'x = 1 )', 'x = ]', '}', ')', 'x = (\n\n1,\n2\n]', 'if x:\npass', 'if x:\n  pass\n    pass', 'if x:\n    pass\n  pass', 'def f():\n\tpass\n        pass', 'x = 1\n\ty = 2', 'try:\n  pass\nexcept E, e:\n  pass', 'try:\n  pass\nexcept (A, B), e:\n  pass', 'try:\n  pass\nelse:\n  pass', 'try:\n  pass\nexcept:\n  pass\nexcept* E:\n  pass', 'try:\n  pass\nexcept* E:\n  pass\nexcept:\n  pass', 'try:\n  pass\nfinally:\n  pass\nexcept:\n  pass', 'with a, b as: pass', 'with (a as b: pass', 'match x:\n  case 1 as _:\n    pass', 'match x:\n  case a as 1:\n    pass', 'match x:\n  case f(a=1, b):\n    pass', 'match x:\n  case {**a, b: 1}:\n    pass', 'match x:\n  case 1+1:\n    pass', 'match x:\n  case a b:\n    pass', 'match x:\n case:\n  pass', 'match x:\n  pass', "f'{'", "f'}'", "f'{a'", "f'{a!}'", "f'{a!rr}'", "f'{a:{b:{c:{d}}}}'", "f'{a=!x}'", "f'{!r}'", "f'{:x}'", "f'{ }'", "f'{a b}'", "f'{a;b}'", "f'{*a}'", "f'{a}}'", "f'{{a}'", "f'{a!r=}'", "f'''{a\nb}'''", "f'{a:{b!x}}'", "f'{a}' f'{'", '"abc', "'abc\n'", '"""abc', "'''abc\n\ndef", "x = 'a' b'b'", "x = '\\x'", "x = '\\x4'", "x = '\\u123'", "x = '\\U0011ffff'", "x = '\\N'", "x = '\\N{'", 'x = 1e+', 'x = 1e-x', 'x = 0x1.5', 'x = 0o1.5', 'x = 1.2.3', 'x = 1_2_', 'x = 0b1_', 'x = 0x_', 'x = 1_j', 'x = 1.0_', 'x = 1.0__1', 'x = .1_', 'x = 1e1_', 'x = 0_', 'x = 0_1', 'x = 1 if 2 else 3 if 4', 'a @= b @', 'x = 1 <> 2', 'x = 1 !== 2', 'print(1, 2 3)', '@x\n', '@x\nx = 1', '@\nclass C: pass', 'class C:\n  @x\n  y = 1', 'def f():\n  return\n yield', '[x, y for x, y in z]', '{x, y for x, y in z}', '(x, y for x, y in z)', '[*x for x in y]', 'for x in range(10)\n  pass', 'for x range(10): pass', 'x = [i for i in range(10) if]', 'def f(x, class): pass', 'def f(x=): pass', 'def f(*, a=): pass', 'lambda x=: 0', 'f(a for a in b, c for c in d)', 'print(a if b)', 'x = (a if b)', '[a if b for a in c]', 'x = {a: b if c}', 'a = b = yield = c', 'import a, b as', 'from a import b as', 'from a import (b, c', 'from a import b, (c)', 'from a import *, b', 'from a import (*)', 'import *', 'import a.*', 'x = a.b.', 'x = a..b', 'x = a.1', 'x = a.()', 'x = .a', 'x = a[]', 'x = a[1:2:3:]', 'x = a[,]', 'x = f(,a)', 'x = f(a=1,, b=2)', 'x = 1 if 2 else 3 else 4', 'x = not in y', 'x = is y', 'x = a not is b', 'x = a <= > b', 'x = a >== b', 'x = a // / b', 'async def f():\n  async x = 1', 'def f():\n  yield = 1', 'def f():\n  return = 1', 'class C:\n  def = 1', 'x = lambda: yield', 'x = lambda: return', 'raise from e', 'raise E from', 'assert x y', 'del x y', 'del x,,y', 'global x,', 'nonlocal x,', 'pass x', 'break x', 'continue x', 'return x y', 'if x:\n  pass\nelif:\n  pass', 'if:\n  pass', 'while:\n  pass', 'for: pass', 'with: pass', 'try pass', 'except E:\n  pass', 'class C x', 'class (A): pass', 'def (a): pass', 'def f(a)) : pass', 'def f((a)): pass', 'def f(a, (b, c)): pass', 'def f(a=1, *, b, c=2, **d, e): pass', 'def f(a, *, b, /): pass', 'with open(x) as f, open(y) as g,: pass', 'with a as b as c: pass', 'x = {**a, b}', 'x = {a, **b}', 'x = {a: 1, **b, c}', 'x = [**a]', 'x = (**a)', 'f(**a=1)', 'f(*a=1)', 'f(a.b=1)', 'f(a[0]=1)', 'f(a()=1)', 'f((a)=1)', 'f(a=1=2)', 'f(a, =1)', 'x = 1,,', 'x = ,1', 'x = (1,,)', "f'{a!r:{b!}}'", "f'{a!r!s}'", "f'{a=!r=}'", "f'{{{{a}'", "f'{lambda x:1}'", "f'{a:{lambda:1}}'", "x = '''a\nb'''c'''", 'x = 1 # comment\\\n y', 'x = 1 \\ # c\n', 'x = 0x1for', 'x = 1.e', 'x = 1e1e1', 'x = 1jj', 'x = 1j1', 'x = 0b1012', 'x = 0o18', 'x = 0xfg', 'x = 1_000_', 'x = 1__000', 'x = 1.__class__', '{,}]', 'a = b if c els(d)f"{', 'yield x @= 1', 'await x = [,\n2\n,3]', '{1} = ', 'def f(a=1, a/ b): pass', 'witha, b: pass', '{1: 2, 0**a, 3: j4}', 'class C(A, B, metaclass=M, 0*3*k): pass', 'f(a=1, b, c)', 'f(a=1, b+c, d=2)', 'del ab()b', "r\tf'\\n{}'", ' = 1! )', "from a import! b a's c, d", 'ab c!]', 'f(((a)=1)', '@(y0ield) = 1', "x  _b'\\x1'", 'lambda (yie1ld)', 'try:\n  pass\nexcept E, e:\n  pas\\s0', 'x $ y', 'x = 1 ! 2', 'x = 1 $ "abc', '[a for a in b] = 1', 'f(a, b for b in c, d)', 'print "hello" % x', 'exec "code"', 'print f"{x!z}"', 'if x = 1:\n  pass\nelif y = 2:\n  pass', 'while x = 1: pass', 'x = [1, 2 3]', 'x = (1 2)', 'foo(a b)', 'x = {1: 2 3: 4}', 'x = {"a" "b": 1 "c": 2}']

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

EVAL_ERRORS = ['1 +', 'x = 1', 'import os', '1 2', '(1', 'lambda: ', 'a if b', '', '\n', '1\n2', 'def', 'yield x', '1;', 'x := 1', 'f(**)', "'abc", 'pass', '1 if']

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
