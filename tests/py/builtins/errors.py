# The TypeError/ValueError messages of the builtins, exactly as CPython 3.11.

def attempt(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)


class C:
    pass


for src in [
    "len(1, 2)", "len()", "len(5)", "abs()", "abs('a')", "divmod(1)", "divmod(1, 0)",
    "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')", "getattr(C(), 'x')", "setattr(1, 2, 3)",
    "hasattr(1)", "delattr(C(), 'x')", "isinstance(1)", "isinstance(1, 1)", "issubclass(1, int)",
    "issubclass(int, 1)", "hash([])", "hash({})", "iter()", "iter(1)", "iter(1, 2)",
    "next()", "next(1)", "next(iter([]))", "round()", "round(1, 2, 3)", "round(C())",
    "sorted()", "sorted([], 1)", "sorted([], x=1)", "sorted([3, 'a'])", "pow(1)",
    "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(1, 2, 3, 4)", "min()", "max()", "max([])",
    "min(1)", "max(1, 2, x=3)", "max(1, 2, default=3)", "sum()", "sum(['a'])", "sum([], 'a')",
    "sum([b'a'], b'')", "sum(1)", "chr()", "chr(-1)", "chr(0x110000)", "chr('a')",
    "ord('ab')", "ord('')", "ord(1)", "ord(b'xy')", "format(1, 1)", "format(1, 'q')",
    "bin(1.5)", "oct('8')", "vars(1)", "vars(1, 2)", "dir(1, 2)", "callable()",
    "compile('1', 'f', 'x')", "compile(1, 'f', 'eval')", "compile()", "eval(1)",
    "eval('1', 1)", "exec('1', 1)", "exec()", "print(1, sep=1)", "print(1, end=2)",
    "print(1, file=1)", "print(x=1)", "reversed(1)", "map(1)", "filter(1)",
    "enumerate()", "list(zip([1, 2], [3], strict=True))",
    "__import__('no_such_module_xyz')", "globals(1)", "locals(1)", "id()", "repr()",
    "input(1, 2)", "type(1, 2)", "int('x')", "float('x')", "range()", "range(1, 2, 0)",
]:
    attempt(src)
