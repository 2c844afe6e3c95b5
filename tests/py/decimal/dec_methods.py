# Decimal methods: quantize, integral rounding, normalize, roots and logs,
# introspection, comparison helpers, next_*, number classes.
from decimal import (Decimal as D, Context, localcontext, getcontext, ROUND_HALF_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, Inexact)

vals = ['0', '-0', '1', '-1', '1.5', '-2.50', '123.456', '1E+3', '1.000', '0.001',
        '12345678901234567890', '1E-1000000', 'Infinity', '-Infinity', 'NaN', 'sNaN']
for s in vals:
    d = D(s)
    print(s, d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(), d.is_zero(),
          d.is_signed(), d.is_normal(), d.is_subnormal(), d.is_canonical(), d.number_class(),
          d.adjusted(), d.as_tuple(), d.copy_abs(), d.copy_negate(), d.copy_sign(D(-1)))

for s in vals[:11]:
    d = D(s)
    print(s, d.as_integer_ratio(), d.normalize(), d.to_integral_value(), d.to_integral_exact(),
          d.quantize(D('0.01')) if d.adjusted() < 20 else None, d.logb() if d else None,
          d.next_plus(), d.next_minus(), d.next_toward(D(0)), d.conjugate(), d.real, d.imag)

print(D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_CEILING))
print(D('1.41421356').quantize(D('1.000')), D('-1.5').quantize(D('1'), ROUND_HALF_UP))
print(D('123.456').quantize(D('1E+1')), D('0.0000001').quantize(D('1E-10')), D(5).quantize(D('1E-3')))
try:
    D('1E+30').quantize(D('0.01'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D('2.5').to_integral_value(rounding=ROUND_HALF_UP), D('-2.5').to_integral_exact(ROUND_FLOOR))
with localcontext() as c:
    c.clear_flags()
    D('2.5').to_integral_value()
    print(c.flags[Inexact])
    D('2.5').to_integral_exact()
    print(c.flags[Inexact])

# roots, exponentials and logarithms
for s in ['2', '0.5', '10', '100', '1E+10', '1E-10', '0.0004', '4', '1', '3.14159', '1E+100']:
    d = D(s)
    print(s, d.sqrt(), d.exp() if d.adjusted() < 6 else None, d.ln(), d.log10())
print(D(0).sqrt(), D('-0').sqrt(), D('0.00').sqrt(), D('1E-8').sqrt(), D('1.00').sqrt(), D(16).sqrt())
print(D(0).exp(), D('-Infinity').exp(), D('Infinity').ln(), D(0).ln(), D(0).log10(), D(-5).exp())
with localcontext(prec=60):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10())
with localcontext(prec=5):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D('1.000001').ln())

# compare family
pairs = [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('NaN', '1'), ('1', '-Infinity'), ('-3', '2')]
for a, b in pairs:
    x, y = D(a), D(b)
    print(a, b, x.compare(y), x.compare_total(y), x.compare_total_mag(y), x.max(y), x.min(y),
          x.max_mag(y), x.min_mag(y), x.same_quantum(y))
try:
    D('NaN').compare_signal(D(1))
except InvalidOperation as e:
    print('InvalidOperation', e)

# fma, scaleb, remainder_near, shift, rotate
print(D(2).fma(3, 5), D('1.5').fma(D('2.5'), D('-1')), D(1).scaleb(3), D('1.23').scaleb(-2))
print(D(18).remainder_near(6), D(10).remainder_near(3), D(10).remainder_near(6), D(-10).remainder_near(3))
print(D(123).shift(2), D(123).shift(-1), D(123).rotate(2), D(123).rotate(-1))
print(D(12345).logical_invert() if False else D(101).logical_and(D(110)), D(0).logical_invert(Context(prec=5)))
print(D('1.23').to_eng_string(), D('123E+4').to_eng_string(), D('0.000012').to_eng_string(), D('-0E+2').to_eng_string())
print(D('3.14').radix(), D(10).canonical(), D('0.1').as_tuple().digits, D('-0.1').as_tuple().sign)

# sign handling
print(D('-0') + D('0'), D('-0') + D('-0'), D('-0') * 5, D('0') * -5, D(-1) * 0, D('1.5') - D('1.5'))
with localcontext(rounding=ROUND_FLOOR):
    print(D('1.5') - D('1.5'), D('-0') + D('0'), -D('0'))
