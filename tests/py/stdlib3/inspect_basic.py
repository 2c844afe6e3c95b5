import inspect
import functools
import sys
import abc


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Indented detail line.
    More text.
    """
    return a


def annotated(x: int, y: 'str' = 'hi', *, z: list = None) -> bool:
    pass


def posonly(a, b, /, c, *, d):
    pass


def gen():
    yield 1


class Base(abc.ABC):
    """Base docstring."""

    @abc.abstractmethod
    def run(self):
        """Run it."""

    @property
    def prop(self):
        return 1


class Child(Base):
    x = 10

    def __init__(self, value, *, flag=False):
        self.value = value

    def run(self):
        return self.value

    @staticmethod
    def smeth(p, q=1):
        return p

    @classmethod
    def cmeth(cls, r):
        return r

    def __call__(self, n):
        return n


class Empty:
    pass


def decorator(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@decorator
def decorated(alpha, beta=3):
    return alpha


one_liner = lambda q, r=1: q + r  # noqa


def multi_line(
    first,
    second=(1,
            2),
):
    text = """
not a block end
"""
    # a comment inside
    if first:
        return second

    return text
# trailing comment, not part of the function


print([inspect.isfunction(plain), inspect.isfunction(len), inspect.ismethod(Child(1).run),
       inspect.isclass(Child), inspect.ismodule(inspect), inspect.isgeneratorfunction(gen),
       inspect.isgeneratorfunction(plain), inspect.isgenerator(gen()), inspect.iscoroutinefunction(plain),
       inspect.isbuiltin(len), inspect.isbuiltin(plain), inspect.isroutine(len), inspect.isroutine(plain),
       inspect.isroutine(str.join), inspect.isabstract(Base), inspect.isabstract(Child),
       inspect.isdatadescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(str.join),
       inspect.isawaitable(1), inspect.istraceback(None), inspect.isframe(sys._getframe()),
       inspect.iscode(plain.__code__)])

for f in (plain, annotated, posonly, gen, Child, Child.smeth, Child.cmeth, Child(1).run, Child(2), Empty,
          decorated, one_liner, functools.partial(plain, 1, d=5), functools.partial(posonly, 1)):
    sig = inspect.signature(f)
    print(sig, repr(sig), list(sig.parameters))

sig = inspect.signature(plain)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(annotated).return_annotation, inspect.signature(annotated).parameters['x'].annotation)
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty)

ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba)
print(sig.bind_partial(c=1), inspect.signature(posonly).bind(1, 2, 3, d=4))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {'b': 3, 'c': 1}), ((1,), {'c': 1, 'zz': 2})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in [((1, 2, 3, 4), {'d': 1}), ((1,), {'b': 2, 'c': 3, 'd': 4})]:
    try:
        inspect.signature(posonly).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                        P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int)],
                       return_annotation=str)
print(s2, s2 == inspect.Signature(list(s2.parameters.values()), return_annotation=str), hash(s2) == hash(s2.replace()))
print(s2.replace(return_annotation=inspect.Signature.empty), P('x', P.KEYWORD_ONLY).replace(name='y', default=0))
for bad in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('a', P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
            lambda: inspect.signature(5), lambda: inspect.signature(int), lambda: inspect.signature(type)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getcallargs(plain, 1, c=3))
print(inspect.getdoc(plain))
print(repr(inspect.getdoc(Child.run)), repr(inspect.getdoc(Child)), inspect.getdoc(Empty))
print(repr(inspect.cleandoc('  first\n      second\n    third\n\n')))
print(inspect.getsource(plain), end='')
print(inspect.getsource(Child.smeth), end='')
print(inspect.getsource(Base), end='')
print(inspect.getsource(decorated), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(multi_line), end='')
lines, start = inspect.getsourcelines(Empty)
print(start, lines)
print(inspect.getsourcefile(plain) == __file__, inspect.getfile(plain) == __file__, inspect.getmodule(plain) is sys.modules[__name__])
print(inspect.getmodule(inspect.signature) is inspect, inspect.getfile(inspect).endswith('inspect.py'))
try:
    inspect.getfile(len)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
print([n for n, v in inspect.getmembers(Child) if not n.startswith('_')])
print([m for m in inspect.getmembers(Child(5), lambda v: isinstance(v, int)) if not m[0].startswith('_')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmro(Child) == Child.__mro__, inspect.unwrap(decorated) is not decorated, inspect.unwrap(plain) is plain)
print(type(inspect.getattr_static(Child, 'smeth')).__name__, type(inspect.getattr_static(Child(1), 'prop')).__name__,
      inspect.getattr_static(Child(7), 'value'), inspect.getattr_static(Child, 'nope', 'dflt'))


def here():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    st = inspect.stack()
    return (frame.f_code.co_name, info.function, info.lineno, info.code_context, info.index,
            st[0].function, st[1].function, st[0].lineno, st[0].code_context, st[1].filename == __file__)


def caller():
    return here()


print(caller())
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    fi = inspect.getframeinfo(tb)
    print(fi.lineno, fi.function, fi.code_context, fi[:3][1:])
    print([f.function for f in inspect.trace()])
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation('x'))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('/a/b/x.txt'))
