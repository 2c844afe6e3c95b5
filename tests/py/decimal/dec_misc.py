# Miscellaneous API: signal dicts, template contexts, per-thread contexts,
# context keyword arguments on methods, pickling and copying, numbers ABCs,
# operator errors, DecimalTuple.
import copy
import decimal
import numbers
import pickle
import threading
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext, Inexact, Rounded,
                     InvalidOperation, DivisionByZero, Overflow, FloatOperation, Clamped)

ctx = Context()
print(ctx.flags)
print(ctx.traps)
print(list(ctx.flags), len(ctx.traps), Inexact in ctx.flags, ctx.traps.get(Overflow))
ctx.flags[Inexact] = True
ctx.flags[InvalidOperation] = True
print(ctx)
ctx.flags = {s: False for s in ctx.flags}
print(ctx)
try:
    ctx.flags = {Inexact: True}
except KeyError as e:
    print('KeyError', e)
try:
    ctx.traps['x'] = True
except KeyError as e:
    print('KeyError', e)
c2 = Context(traps={s: (s is Inexact) for s in ctx.flags}, flags=[Rounded])
print(c2)

# template contexts
setcontext(BasicContext)
print(getcontext(), getcontext() is BasicContext)
D(1) / 3
print(BasicContext.flags[Inexact], getcontext().flags[Inexact])
setcontext(DefaultContext)
print(getcontext().prec)
try:
    setcontext('x')
except TypeError as e:
    print('TypeError', e)

# each thread starts from DefaultContext
DefaultContext.prec = 12
results = []

def worker(p):
    getcontext().prec = p
    results.append((p, str(D(1) / 7), getcontext().prec))

t1 = threading.Thread(target=worker, args=(5,))
t2 = threading.Thread(target=worker, args=(20,))
t1.start(); t1.join(); t2.start(); t2.join()
print(sorted(results))
print(getcontext().prec)
t3 = threading.Thread(target=lambda: results.append(getcontext().prec))
t3.start(); t3.join()
print(results[-1])
DefaultContext.prec = 28

# methods take a context argument
c5 = Context(prec=5, rounding=decimal.ROUND_DOWN)
print(D(2).sqrt(context=c5), D(2).exp(c5), D(2).ln(c5), D(2).log10(c5), D('1.23456').normalize(c5))
print(D('1.23456').quantize(D('0.01'), context=c5), D(7).compare(D(8), c5), D(1).next_plus(c5))
print(D('1.23456').to_integral_value(context=c5), D(1).fma(2, D('0.123456789'), c5))
try:
    D(1).sqrt(context='x')
except TypeError as e:
    print('TypeError', e)

# pickling and copying
for v in [D('1.50'), D('-0'), D('NaN12'), D('-Inf'), D('sNaN')]:
    print(repr(pickle.loads(pickle.dumps(v))), repr(copy.copy(v)), repr(copy.deepcopy(v)))
c = pickle.loads(pickle.dumps(Context(prec=7, rounding=decimal.ROUND_UP, traps=[Inexact])))
print(c)
print(copy.copy(c), copy.deepcopy(c).prec)

# numbers ABCs and tuples
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real),
      isinstance(D(1), numbers.Rational), issubclass(D, numbers.Number))
t = D('-3.140').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__, D(t))
print(decimal.DecimalTuple(1, (2, 5), -1), D(decimal.DecimalTuple(1, (2, 5), -1)))

# operators with unsupported types
for f in [lambda: D(1) + 1.5, lambda: 1.5 + D(1), lambda: D(1) ** 1.5, lambda: divmod(D(1), 1.5),
          lambda: D(1) * 'ab', lambda: D(1) - 1j, lambda: D(1) % None, lambda: D(2) / [1],
          lambda: 'x' - D(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

# identity and subclass preservation
d = D(5)
print(D(d) is d, D('5') is d, type(-d).__name__)

class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self

m = Money('9.99')
print(repr(m), repr(m + 1), isinstance(m, D), m == D('9.99'), hash(m) == hash(D('9.99')))
print(D(3).__round__(), D('2.567').__round__(2), D(5).__floor__(), D('-5.5').__ceil__())
