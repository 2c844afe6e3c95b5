# SyntaxErrors raised by the symbol table and the compiler: message, line,
# offset, as compile() reports them.
cases = [
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f(a, b, a): pass\n",
    "x = 1\nreturn x\n",
    "yield 1\n",
    "if x:\n    break\n",
    "continue\n",
    "class C:\n    return 1\n",
    "def f():\n    x: int\n    global x\n",
    "[(yield 1) for i in x]\n",
    "{(yield 1) for i in x}\n",
    "def f():\n    import *\n",
    "def f(x):\n    nonlocal x\n",
    "f(a=1, a=2)\n",
    "__debug__ = 1\n",
    "a, *b, *c = d\n",
    "class C:\n    [(z := 1) for i in range(3)]\n",
    "[x for x in (y := [1])]\n",
    "[i := 0 for i in range(3)]\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "def f(__debug__): pass\n",
    "del __debug__\n",
    "*a = 1\n",
    "print(*a)\n*b\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(f"{e.msg!r} line {e.lineno} offset {e.offset}")
