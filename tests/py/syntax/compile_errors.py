# SyntaxError messages and positions for common mistakes, via compile().
srcs = ["x = (1, 2", "def f(:", "f(a for a in b, c)", "a = 1 +", "1 = x", "f() = 1", "del f()", "x += 1, 2 = 3",
 "lambda: (yield)", "return 5", "yield 5", "break", "continue", "def f():\n  nonlocal q", "nonlocal x",
 "def f(a, a): pass", "f(x=1, x=2)", "f(**k, *a)", "f(x=1, 2)", "def f(a=1, b): pass", "class C:\n  return 1",
 "x = [1, 2", "if x\n  pass", "for x in y\n  pass", "print 'hi'", "a b", "'abc", '"""abc', "x = 08", "x = 1_",
 "x = 0b2", "import", "from x import", "from . import *", "def f():\n  from m import *", "(a, b) += 1", "a, b += 1",
 "[x for x in y] = 1", "None = 1", "True = 1", "__debug__ = 1", "def f(*): pass", "def f(*, **k): pass", "x: int, y: int = 1, 2",
 "async = 1", "f(a=1 for a in b)", "x = {1: 2, 3}", "@\ndef f(): pass", "try:\n  pass", "try:\n  pass\nfinally:\n  pass\nexcept:\n  pass",
 "else:\n  pass", "  x = 1", "if True:\nx = 1", "if 1:\n    a\n  b", "def f():\n\tif 1:\n        \tpass", "x = 1 if 2", "global x\nx = 1\nglobal x",
 "def f(x):\n  global x", "def f():\n  x = 1\n  global x", "f(**)", "*a = 1", "a = *b", "print(*)", "del *a", "x = (*a)", "{**}",
 "'a' 'b' f'{'", "f'{}'", "f'{x!z}'", "f'{x'", "f'}'", "x = 1e", "0x" ]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("OK      ", repr(s))
    except SyntaxError as e:
        print(f"{type(e).__name__:<16}{repr(s):<40} {e.msg} @{e.lineno}:{e.offset}")
