import ast

tree = ast.parse("x = 1 + 2")
print(ast.dump(tree))
print(ast.dump(tree, indent=4))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse("def f(a, *, b=1):\n    return a", mode="exec"), indent=2))
print(ast.dump(ast.parse("a + b * c", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("f'{x!r:>{w}}'")))
print(ast.dump(ast.parse("import a.b as c\nfrom . import d")))
print(ast.dump(ast.parse("match p:\n    case [1, *r] | {'a': _}:\n        pass")))
print(ast.dump(ast.Name(id='x')))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Return()))

# node classes
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.BinOp.__mro__)
print(ast.Load.__mro__, ast.arguments.__mro__, ast.comprehension._attributes)
print(ast.expr._attributes, ast.AST._fields, ast.arg._attributes)
print(ast.Name.__doc__)
print(ast.Return().value, ast.Constant(1).kind, ast.Name().end_lineno)
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno)
try:
    ast.Name('a', ast.Load(), 1)
except TypeError as e:
    print(e)
try:
    ast.Load(1)
except TypeError as e:
    print(e)
try:
    ast.FunctionDef().body
except AttributeError as e:
    print(e)
try:
    ast.dump(5)
except TypeError as e:
    print(e)
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
print(isinstance(ast.parse('x').body[0], ast.stmt), isinstance(ast.Load(), ast.expr_context))

# positions
t = ast.parse("def f():\n    return  foo(1,\n  2)\n")
for node in ast.walk(t):
    if isinstance(node, (ast.stmt, ast.expr)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
src = "a = 1\nb = call(x,\n   y)\n"
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[1].value)))
print(repr(ast.get_source_segment(src, t.body[1].value, padded=True)))

# iter helpers
t = ast.parse("a = b + c")
print([name for name, _ in ast.iter_fields(t.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
print([type(n).__name__ for n in ast.walk(t)])

# docstrings
t = ast.parse('"""Module doc."""\ndef f():\n    """  Func\n       doc.\n    """\nclass C:\n    x = 1')
print(repr(ast.get_docstring(t)), repr(ast.get_docstring(t.body[1])), ast.get_docstring(t.body[2]))
print(repr(ast.get_docstring(t.body[1], clean=False)))
try:
    ast.get_docstring(t.body[2].body[0])
except TypeError as e:
    print(e)

# compatibility classes
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num),
      isinstance(ast.Constant('s'), ast.Str), isinstance(ast.Constant(True), ast.Num))
print(ast.dump(ast.Num(5)), ast.Str('a').s, ast.Num(7).n)
