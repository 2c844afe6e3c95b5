import ast

c = compile("x = 1 + 2", "<string>", "exec")
ns = {}
exec(c, ns)
print(ns['x'], type(c).__name__, c.co_filename, c.co_name)

e = compile("x * 10", "<expr>", "eval")
print(eval(e, {'x': 4}), eval(e, {}, {'x': 5}))

s = compile("1 + 1", "<single>", "single")
exec(s)
s = compile("y = 7", "<single>", "single")
g = {}
exec(s, g)
print(g['y'])

c = compile("z = 2", "f", "exec", dont_inherit=True)
c = compile("z = 2", "f", "exec", 0, True, -1)
c = compile("assert False, 'boom'", "f", "exec", optimize=0)
try:
    exec(c)
except AssertionError as err:
    print("AssertionError", err)
c = compile(b"w = 'bytes source'", "f", "exec")
exec(c, g)
print(g['w'])

# globals and locals
glb = {'a': 1}
loc = {'b': 2}
exec("c = a + b", glb, loc)
print(sorted(loc), 'c' in glb, loc['c'])
print(eval("a + b", glb, loc))
print(eval("  a", glb))
exec("def f(): return a * 100", glb)
print(glb['f']())

# AST objects through compile()
tree = ast.parse("print('from module ast')")
exec(compile(tree, "<ast>", "exec"))
expr = ast.parse("2 ** 8", mode="eval")
print(type(expr).__name__, eval(compile(expr, "<ast>", "eval")))
inter = ast.parse("q = 5", mode="single")
print(type(inter).__name__)
exec(compile(inter, "<ast>", "single"), g)
print(g['q'])
only = compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(only).__name__, ast.dump(only))
print(compile(only, "<s>", "eval", ast.PyCF_ONLY_AST) is only)

for src, mode in [(ast.parse("1", mode="eval"), "exec"), (ast.parse("x = 1"), "eval"),
                  (ast.parse("x = 1"), "single")]:
    try:
        compile(src, "<m>", mode)
    except TypeError as err:
        print("TypeError", err)
try:
    compile("x", "<m>", "bogus")
except ValueError as err:
    print("ValueError", err)
try:
    compile(42, "<m>", "exec")
except TypeError as err:
    print("TypeError", err)
try:
    ast.parse("x = (")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno)
try:
    ast.parse("1 +", mode="eval")
except SyntaxError as err:
    print("SyntaxError", err.msg)

# line numbers survive the round trip through Python objects
tree = ast.parse("a = 1\n\n\nb = undefined_name\n")
try:
    exec(compile(tree, "<lines>", "exec"), {})
except NameError as err:
    import sys
    print("NameError", err, sys.exc_info()[2].tb_next is None)
co = compile(tree, "<lines>", "exec")
print(sorted({line for _, _, line in co.co_lines()}))
