import inspect
import traceback


class Outer:
    """Outer doc."""

    class Inner:
        def method(self, x,
                   y=[1,
                      2]):  # trailing comment
            s = '''multi
line ''' + "x"
            return (x,
                    y)

        def other(self): return 1

    def after(self):
        pass


def make():
    class Local:
        value = 1

        def m(self):
            return self.value
    def inner_fn(a):
        return a * 2
    return Local, inner_fn


def coro(a):
    return a


def deco_factory(n):
    def deco(f):
        return f
    return deco


@deco_factory(
    3
)
def heavily_decorated(
        a, b):
    if a:
        pass
    else:
        pass
    # comment at body level

# comment at top level

    # indented comment after blank


def gen_fn():
    yield 1


f = lambda: (1,
             2)

Local, inner_fn = make()
for obj in (Outer, Outer.Inner, Outer.Inner.method, Outer.Inner.other, Outer.after, make, Local,
            Local.m, inner_fn, coro, heavily_decorated, gen_fn, f):
    lines, lnum = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', '?'), lnum, len(lines))
    print(''.join(lines), end='')
    print('--')
print( inspect.isgeneratorfunction(gen_fn), inspect.signature(coro))
print(inspect.getdoc(Outer.Inner), inspect.getdoc(Outer))
print(inspect.getcomments(heavily_decorated))
print(traceback.format_exc(), end='')
print(''.join(traceback.format_exception_only(None)), end='')
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('b') from e
except ValueError as v:
    print(''.join(traceback.format_exception(v)).count('Traceback'))
