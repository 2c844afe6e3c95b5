import dis, types

def consts(fn):
    return [c for c in fn.__code__.co_consts if not isinstance(c, types.CodeType)]

def folded():
    return 24 * 60 * 60
print("folded:", consts(folded))
def folded_str():
    return "ab" * 3 + "c"
print("folded str:", consts(folded_str))
def in_list(x):
    return x in [1, 2, 3]
print("list literal -> tuple:", consts(in_list))
def in_set(x):
    return x in {1, 2, 3}
print("set literal -> frozenset:", consts(in_set))
def tuple_const():
    return (1, (2, 3), "x")
print("nested tuple const:", consts(tuple_const))
def neg():
    return -5
print("unary folded:", consts(neg))
def big():
    return 2 ** 100
print("big pow:", consts(big))
def huge_str():
    return "x" * 5000
print("huge not folded:", [len(c) if isinstance(c, str) else c for c in consts(huge_str)])
def dead():
    if 0:
        print("never")
    return 1
print("dead branch names:", dead.__code__.co_names)
def debug_on():
    if __debug__:
        return "debug"
    return "nodebug"
print(debug_on(), "assert" if __debug__ else "")

COUNT = 10
def uses_global():
    return len([COUNT])
def uses_local():
    _len = len
    c = COUNT
    return _len([c])
print("global names:", uses_global.__code__.co_names, uses_local.__code__.co_varnames)
g_ops = {i.opname for i in dis.get_instructions(uses_global)}
print("LOAD_GLOBAL used:", "LOAD_GLOBAL" in g_ops, "LOAD_FAST" in g_ops)

def comp():
    return [i * 2 for i in range(3)]
inner = [c for c in comp.__code__.co_consts if isinstance(c, types.CodeType)]
print("comprehension code:", [c.co_name for c in inner], inner[0].co_varnames)
print("genexpr:", [c.co_name for c in (lambda: (x for x in ())).__code__.co_consts if isinstance(c, types.CodeType)])
print("setcomp/dictcomp:", [c.co_name for f in (lambda: {x for x in ()}, lambda: {x: 1 for x in ()}) for c in f.__code__.co_consts if isinstance(c, types.CodeType)])

words = ["a", "b", "c"] * 3
print("join:", "".join(words), "-".join(map(str, range(5))))
s = ""
for w in words:
    s += w
print("concat equal:", s == "".join(words))
print(sum(x * x for x in range(10)), sum([x * x for x in range(10)]))
print("swap:", consts(lambda a, b: (b, a)))

def f_with_docstring():
    "doc"
    return None
print("docstring first const:", f_with_docstring.__code__.co_consts[0], f_with_docstring.__doc__)
def no_doc():
    x = 1
    return x
print("no doc:", no_doc.__code__.co_consts, no_doc.__doc__)
print(compile("1 + 2", "<e>", "eval").co_consts)
print(compile("a = 'x' 'y'", "<e>", "exec").co_consts)
print(compile("t = ()", "<e>", "exec").co_consts)
print(compile("n = not True", "<e>", "exec").co_consts)
print(compile("b = 1 < 2", "<e>", "exec").co_consts)
print(compile("z = (1, 2) + (3,)", "<e>", "exec").co_consts)
print(compile("f = 1.5 * 2", "<e>", "exec").co_consts)
print(compile("s = 'abc'[1]", "<e>", "exec").co_consts)
print(compile("for x in [1, 2]: pass", "<e>", "exec").co_consts)
print(compile("print(-0.0, ~1)", "<e>", "exec").co_consts)
