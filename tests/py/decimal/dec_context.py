# Contexts: defaults, attributes, flags, traps, rounding modes, localcontext.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP,
                     Clamped, DivisionByZero, Inexact, Overflow, Rounded, Subnormal,
                     Underflow, InvalidOperation, FloatOperation)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=10, rounding=ROUND_UP, Emin=-99, Emax=99, capitals=0, clamp=1,
              flags=[Inexact], traps=[Overflow, DivisionByZero]))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(ROUND_HALF_EVEN, ROUND_05UP)

rounds = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
          ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]
vals = ['1.25', '1.35', '-1.25', '1.251', '-1.249', '1.20', '1.05', '-1.05', '1.009', '9.999', '-0.001']
for r in rounds:
    ctx = Context(prec=2, rounding=r)
    print(r.ljust(16), [str(ctx.plus(D(v))) for v in vals],
          [str(D(v).quantize(D('0.1'), rounding=r)) for v in vals])

# precision
for p in [1, 5, 10, 28, 50]:
    with localcontext() as ctx:
        ctx.prec = p
        print(p, D(1) / D(7), D(2).sqrt())

# flags and traps
ctx = Context(prec=5)
setcontext(ctx)
print(getcontext() is ctx)
x = D(1) / D(3)
print(x, ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(ctx)
ctx.clear_flags()
print(ctx.flags[Inexact], D(6) / D(3), ctx.flags[Inexact])
ctx.traps[Inexact] = True
try:
    D(1) / D(3)
except Inexact as e:
    print('trapped', type(e).__name__, e)
ctx.traps[Inexact] = False
ctx.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, ctx.flags[DivisionByZero])
ctx.traps[InvalidOperation] = False
print(D(0) / 0, D('Inf') - D('Inf'), D(-1).sqrt(), ctx.flags[InvalidOperation])
print(ctx)
ctx.clear_traps()
print(ctx)
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
setcontext(DefaultContext)
print(getcontext())

# overflow, underflow, subnormal, clamped
with localcontext(Context(prec=3, Emax=9, Emin=-9, traps=[])) as c:
    print(D('9.99E+9') * 10, c.flags[Overflow], c.flags[Inexact])
    c.clear_flags()
    print(D('1E-9') / 100, c.flags[Subnormal], c.flags[Underflow])
    c.clear_flags()
    print(D('1E-9') / 10**5, c.flags[Underflow], c.flags[Clamped])
    c.clear_flags()
    print(+D('1.234E-10'), [k.__name__ for k, v in c.flags.items() if v])
    c.rounding = ROUND_DOWN
    print(D('9.99E+9') * 10)
    c.clamp = 1
    print(+D('1E+9'), c.Etiny(), c.Etop())

with localcontext() as c:
    c.traps[Overflow] = True
    try:
        D('1E+999999') * 10
    except Overflow as e:
        print('Overflow', e, isinstance(e, Inexact), isinstance(e, ArithmeticError))

# localcontext with keyword arguments (3.11)
with localcontext(prec=4, rounding=ROUND_UP) as c:
    print(c.prec, c.rounding, D(1) / 3)
print(getcontext().prec, D(1) / 3)
with localcontext(ExtendedContext) as c:
    print(c.prec, D(1) / 0, D(0) / 0)
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError', e)

# attribute validation
for attr, val in [('prec', 0), ('prec', 'x'), ('Emax', -1), ('Emin', 1), ('rounding', 'nope'),
                  ('capitals', 2), ('clamp', 5)]:
    try:
        setattr(Context(), attr, val)
        print('accepted', attr)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__)

# copy and signal dicts
c1 = Context(prec=7)
c2 = c1.copy()
c2.prec = 9
print(c1.prec, c2.prec, c1.traps[Overflow], c1.flags[Inexact])
print(c1.flags == c2.flags, dict(c1.traps)[InvalidOperation], len(c1.flags))
print(list(c1.traps.keys()))

# capitals
with localcontext(capitals=0):
    print(D('1E+10'), repr(D('1.5E-20')))

# exception hierarchy
for cls in [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Subnormal, Underflow,
            InvalidOperation, FloatOperation, decimal.ConversionSyntax,
            decimal.DivisionImpossible, decimal.DivisionUndefined, decimal.InvalidContext]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-3]],
          issubclass(cls, ArithmeticError), issubclass(cls, ZeroDivisionError),
          issubclass(cls, TypeError))

# context methods
c = Context(prec=9)
print(c.add(1, 2), c.subtract(D('1.1'), 3), c.multiply(D('1.5'), 4), c.divide(1, 3))
print(c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.remainder_near(17, 5))
print(c.power(2, 10), c.power(D('1.1'), 50), c.power(3, 4, 5), c.sqrt(2), c.exp(1), c.ln(10))
print(c.log10(1000), c.log10(2), c.abs(-3), c.minus(3), c.plus(D('-0')), c.fma(2, 3, 4))
print(c.compare(1, 2), c.compare(2, 2), c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2))
print(c.quantize(D('1.23456'), D('0.01')), c.normalize(D('1.200')), c.to_integral_value(D('2.5')))
print(c.to_sci_string(D('1E+5')), c.to_eng_string(D('1E+5')), c.number_class(D('-0')), c.radix())
print(c.is_finite(D(1)), c.is_nan(D('NaN')), c.is_zero(0), c.is_signed(D(-1)), c.same_quantum(D('1.0'), D('2.0')))
print(c.create_decimal('1.23456789123'), c.create_decimal_from_float(0.1), c.Etiny(), c.Etop())
print(c.next_plus(1), c.next_minus(1), c.next_toward(1, 2), c.logb(D(1000)), c.scaleb(D(1), 5))
print(c.copy_sign(D(1), D(-2)), c.copy_abs(D(-2)), c.copy_negate(D(2)), c.canonical(D(3)))
print(c.compare_total(D('1.0'), D('1')), c.shift(D(123), 2), c.rotate(D(123456789), 3))
print(c.logical_and(D(1101), D(1011)), c.logical_or(D(1101), D(1011)), c.logical_xor(D(1101), D(1011)))
try:
    c.add(1.5, 2)
except TypeError as e:
    print('TypeError', e)

# localcontext keyword arguments take signal lists and validate values
with localcontext(traps=[Inexact], flags=[Rounded]) as c:
    print(c)
for kw in [{'prec': 'x'}, {'prec': 0}, {'Emin': 5}, {'Emax': -1}, {'clamp': 2}, {'rounding': 1}]:
    try:
        with localcontext(**kw) as c:
            print('accepted', kw)
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, str(e).split('\n')[0])
