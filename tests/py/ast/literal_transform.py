import ast

for s in ["1", "-2.5", "1+2j", "-1-2j", "'abc'", "b'x'", "(1, [2, {3: 'x'}], {4, 5})",
          "set()", "None", "True", "...", "  {'a': -1}", "1e3", "(1,)"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1 + x", "f()", "[1, 2] + [3]", "2 * 3", "{1: 2}[1]", "-'a'", "1 + 1"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        msg = str(e)
        print("ValueError:", msg[:msg.index(':')] if ':' in msg else msg)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=42)))
try:
    ast.literal_eval(ast.Name(id='x', ctx=ast.Load()))
except ValueError as e:
    print(str(e).split(':')[0])


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'old':
            return ast.Name(id='new', ctx=node.ctx)
        return node


class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None


src = "old = 1 + 2\nprint(old * 3)\nif old:\n    pass\n    x = 4\n"
tree = ast.parse(src)
tree = Doubler().visit(tree)
tree = Renamer().visit(tree)
tree = DropPass().visit(tree)
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
ns = {}
exec(compile(tree, "<ast>", "exec"), ns)
print(ns['new'], ns['x'])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)


c = Counter()
c.visit(ast.parse("def f(a):\n    return [a + i for i in range(3)]\n"))
print(sorted(c.counts.items()))

# building a tree by hand and compiling it
body = [ast.Assign(targets=[ast.Name('y', ast.Store())],
                   value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
        ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('y', ast.Load())], []))]
mod = ast.Module(body=body, type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, "<built>", "exec"), {})
print(eval(compile(ast.Expression(body=ast.Constant(5, lineno=1, col_offset=0)), "<e>", "eval")))
e = ast.parse("3 * 4", mode="eval")
print(eval(compile(e, "<e>", "eval")))
t = ast.parse("x = 1")
print(compile(t, "f", "exec", ast.PyCF_ONLY_AST) is t)
ast.increment_lineno(t, 5)
print(t.body[0].lineno, t.body[0].end_lineno, t.body[0].value.lineno)

# validation errors
def attempt(tree, mode="exec"):
    try:
        compile(tree, "<v>", mode)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

attempt(ast.Module(body=[ast.Expr(value=ast.Name('x', ast.Load()))], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=None, lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=ast.Expr(lineno=1, col_offset=0), type_ignores=[]))
attempt(ast.Module(body=[]))
attempt(ast.Expression(body=ast.Constant(1)))
attempt(ast.Module(body=[ast.Expr(value=ast.Constant([1]), lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(5, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), ast.Load(), ast.Constant(2, lineno=1, col_offset=0), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Pass(lineno=1, col_offset=0)], type_ignores=[]), "eval")
