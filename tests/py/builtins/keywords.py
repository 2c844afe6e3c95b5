# keyword arguments to builtins: accepted names and CPython's rejections
def attempt(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
for src in ["len(x=1)", "getattr(1, 'real', x=1)", "globals(x=1)", "divmod(1, b=2)", "iter([], x=1)",
            "next(iter([1]), default=1)", "isinstance(1, cls=int)", "sorted([2,1], key=None)",
            "sum([1], start=2)", "round(number=2.5)", "round(2.567, ndigits=1)", "pow(exp=2, base=3)",
            "print(1, 2, sep='', end='', flush=False, file=None)", "vars(obj=1)", "format(value=1)",
            "min([3, 4], default=0, key=lambda x: x)", "max(iter([]), default='d')",
            "compile(source='1', filename='f', mode='eval').co_filename", "eval('1', globals=None)",
            "exec('1', None, None)", "exec('x', {'x': 1}, closure=None)", "__import__(name='sys').__name__",
            "abs(-3, )", "sum((i for i in range(4)), 10)"]:
    attempt(src)
