import sys
import traceback


def show():
    for line in traceback.format_exc().splitlines(True):
        sys.stdout.write(line.replace(__file__, 'FILE'))


class Obj:
    attr = None
    data = {'k': [1, 2]}


o = Obj()
cases = [
    lambda: o.attr.missing,
    lambda: o.data['k'][7],
    lambda: o.data['zz'],
    lambda: 1 + o.attr,
    lambda: (1 +
             o.attr),
    lambda: o.attr(1, 2),
    lambda: [1, 2, 3][10] * 2,
    lambda: 2 ** o.attr,
    lambda: -o.attr,
    lambda: int('x' + 'y'),
    lambda: len(5),
    lambda: {'a': 1}['b'] + 1,
    lambda: 'é' + o.attr,
    lambda: o.attr.x.y,
]


def call(fn):
    return fn()


for fn in cases:
    try:
        call(fn)
    except Exception:
        show()


def multi():
    return call(
        lambda: 1 / 0
    )


try:
    multi()
except ZeroDivisionError:
    show()


def group():
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t'),
                                  ExceptionGroup('inner', [KeyError('k')])])


try:
    group()
except ExceptionGroup as e:
    show()

te = traceback.TracebackException(ValueError, ValueError('x'), None)
print(list(te.format()))
try:
    x = 1
    call(lambda: x / 0)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print([sorted(f.locals) if f.locals else None for f in te.stack][1:])
    print(len(te.stack), te.exc_type.__name__, str(te))


def print_stack_here():
    traceback.print_stack(file=sys.stdout, limit=2)


class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, 'FILE'))


def print_stack_here2():
    traceback.print_stack(file=Out(), limit=2)


print_stack_here2()
print([l.replace(__file__, 'FILE') for l in traceback.format_stack(limit=1)])
print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:1])
try:
    raise ValueError('vals')
except ValueError as e:
    traceback.print_exception(e, file=Out())
    traceback.print_exception(type(e), e, None, file=Out())
    traceback.print_tb(e.__traceback__, file=Out())
    traceback.print_exc(limit=0, file=Out())
