# SyntaxErrors raised while compiling match statements (message and line).
sources = [
    "match x:\n case a: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case [a] | []: pass",
    "match x:\n case A(x=1, 2): pass",
    "match x:\n case a | 1: pass",
    "match x:\n case _ | 1: pass",
    "match x:\n case (x as y) | y: pass",
    "match x:\n case {1: a, 1: b}: pass",
    "match x:\n case {1: a, True: b}: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case A(x=1, x=2): pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case a if a: pass\n case 1: pass",
    "match x:\n case [_ as __debug__]: pass",
    "match x:\n case (a as b) | (b as a): pass",
    "match x:\n case [a, (b | b)]: pass",
    "match x:\n case (a, b) | (b, a) | (a, c): pass",
    "match x:\n case 1:\n  pass\n case y:\n  pass\n case z:\n  pass",
    "match x:\n case A(__debug__=1): pass",
    "match x:\n case [a, *_, a]: pass",
    "match x:\n case f'x': pass",
    "match x:\n case {f'x': 1}: pass",
    "match x:\n case 1 + 2j: pass",
    "match x:\n case -1 - 2j: pass",
    "match x:\n case {'a' 'b': 1, 'ab': 2}: pass",
    "match x:\n case {1: _, 1.0: _}: pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
