import dis, ast, types

def add(a, b):
    return a + b

def loop_example(n=10):
    total = 0
    for i in range(n):
        total += i
    return total

def closure_maker(k):
    def inner(x):
        y = x * k
        return y
    return inner

for fn in (add, loop_example, closure_maker):
    co = fn.__code__
    print(fn.__name__, co.co_argcount, co.co_varnames, co.co_names, [c for c in co.co_consts if not isinstance(c, types.CodeType)])
    print("  nlocals", co.co_nlocals, "stacksize", co.co_stacksize, "firstlineno", co.co_firstlineno - add.__code__.co_firstlineno)
    print("  freevars", co.co_freevars, "cellvars", co.co_cellvars, "name", co.co_name, co.co_qualname)
    print("  flags", co.co_flags, bool(co.co_flags & 0x20))

inner = closure_maker(3)
print(inner.__code__.co_freevars, inner.__closure__[0].cell_contents, inner.__qualname__)
print(type(add.__code__.co_code).__name__, len(add.__code__.co_code) % 2)

dis.dis(add)
print("---")
def countdown(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total
print([i.opname for i in dis.get_instructions(countdown)])
print("---")
ops = [ins.opname for ins in dis.get_instructions(add)]
print(ops)
print("BINARY_OP" in dis.opmap, dis.opname[dis.opmap["LOAD_FAST"]])

def gen():
    yield 1
print("generator flag:", bool(gen.__code__.co_flags & 0x20), bool(add.__code__.co_flags & 0x20))

tree = ast.parse("x = 1 + 2")
print(ast.dump(tree))
print(ast.dump(ast.parse("f(a, *b, k=1)", mode="eval")))
print(ast.literal_eval("[1, (2, 3), {'a': None}]"))
expr = ast.parse("a * b + c", mode="eval")
print(type(expr).__name__, type(expr.body).__name__, type(expr.body.op).__name__)
print(ast.unparse(ast.parse("def f(x, *, y=2):\n    return x if y else -x")))
names = [n.id for n in ast.walk(ast.parse("a = b + c * d")) if isinstance(n, ast.Name)]
print(sorted(names))

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = Double().visit(ast.parse("r = 1 + 20", mode="exec"))
ast.fix_missing_locations(t2)
ns = {}
exec(compile(t2, "<ast>", "exec"), ns)
print("transformed:", ns["r"])

code = compile("x = 1 + 2", "<string>", "exec")
print(type(code).__name__, code.co_filename, code.co_name, code.co_consts)
g = {}
exec(code, g)
print(g["x"], "__builtins__" in g)
e = compile("x * 10", "<expr>", "eval")
print(eval(e, g), eval("x + y", g, {"y": 100}))
s = compile("if True:\n    print('single')", "<s>", "single")
exec(s)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError:", err.msg, err.lineno, err.filename)
f2 = types.FunctionType(add.__code__, {}, "plus")
print(f2.__name__, f2(2, 3))
print(add.__code__.replace(co_name="renamed").co_name)
print(add.__defaults__, loop_example.__defaults__, loop_example())
print(add.__globals__ is globals(), add.__module__)
print(sorted(k for k in dir(add.__code__) if k.startswith("co_"))[:6])
