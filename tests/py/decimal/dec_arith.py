# Arithmetic operators, str/repr rules, comparisons, hashing, conversions.
import math
from fractions import Fraction
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero

# str / repr / eng
for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-9', '-123E-12', '7E-7', '0.000001',
          '0.0000001', '0E+2', '-0E-7', '0.00', '1E+1000', '123456789E-20', '5E-6',
          '1234.5E-4', '0E-10', '100', '1E2']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string())

a, b = D('1.1'), D('2.2')
print(a + b, a - b, a * b, a / b, b / a, a // b, b // a, a % b, b % a)
print(divmod(D(7), D(2)), divmod(D(-7), D(2)), divmod(D('7.5'), D('-2')))
print(D(-7) // D(2), D(-7) % D(2), D(7) % D(-2), -7 // 2, -7 % 2)
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(10) / D(4), D('1.00') / D(4))
print(D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('12.0') / D('3'))
print(D(3) + 1, 1 + D(3), D(3) - 1, 10 - D(3), D(3) * 2, 2 * D(3), D(3) / 2, 3 / D(2))
print(D(7) // 2, 7 // D(2), D(7) % 3, 7 % D(3), divmod(7, D(3)))
print(-D('1.5'), +D('1.5'), abs(D('-1.5')), -D('0'), +D('-0'), abs(D('-0')))
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 2, D(10) ** -3, D('0.5') ** -2, D(4) ** D('0.5'))
print(D(2) ** 100, D(3) ** D('2.5'), D(2) ** D('0.5'), D('1.0') ** 2, pow(D(3), 5, 7))
print(D(9) ** D('1E+1'), D(-2) ** 3, D(-2) ** 2, D(0) ** 5, D(10) ** 28, D(10) ** 29)
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, 0.1 * 3 == 0.3)
print(D('1e1000') * D('1e1000') if False else D('1E+500') * D('1E+400'))

for bad in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0,
            lambda: D(0) ** 0, lambda: D(-4) ** D('0.5'), lambda: D('Inf') - D('Inf'),
            lambda: D(10) ** 1000000, lambda: divmod(D(1), 0)]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, ArithmeticError) as e:
        print(type(e).__name__, e)

for bad in [lambda: D(1) + 1.0, lambda: 1.0 * D(2), lambda: D(1) + '1', lambda: D(1) < 'x']:
    try:
        bad()
    except TypeError as e:
        print('TypeError')

# infinities and nans
inf, nan = D('Inf'), D('NaN')
print(inf + 1, -inf * 2, inf / 3, 1 / inf, inf > 10**100, -inf < -10**100, nan + 1)
print(nan == nan, nan != nan, nan == 1, inf == inf, D('-0') == D('0'))

# comparisons
xs = [D('1.0'), D(1), D('0.99'), D('-2'), D('1E+1'), D('10')]
print([x < D(1) for x in xs], [x == 1 for x in xs], [x >= 1 for x in xs])
print(D('1.5') == 1.5, D('0.1') == 0.1, D('0.5') < 0.75, D('0.5') > 0.25, D(2) <= 2.0)
print(D('0.5') == Fraction(1, 2), D('0.5') < Fraction(2, 3), D(3) == 3 + 0j, D(1) != 2)
print(max(xs), min(xs), sorted(xs), sorted(xs, reverse=True))
try:
    D('NaN') < 1
except InvalidOperation as e:
    print('InvalidOperation', e)

# hashing agrees with int, float and Fraction
for v in [D(1), D('1.0'), D('0.5'), D(-3), D('1E+3'), D('0.1'), D('-0'), D('123.456'), D('Inf'), D('-Inf')]:
    print(v, hash(v) == hash(int(v)) if v == v.to_integral_value() and v.is_finite() else None,
          hash(v) == hash(float(v)) if float(v) == v else None,
          hash(v) == hash(Fraction(v)) if v.is_finite() else None)
print(len({D('1'), D('1.0'), D('1.00'), 1, 1.0}))
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)

# bool, int, float, round, floor, ceil, trunc
for s in ['2.5', '3.5', '-2.5', '-0.4', '0', '7.999', '-7.999', '12345.6789', '1E+3']:
    d = D(s)
    print(s, bool(d), int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d),
          math.ceil(d), math.trunc(d))
print(round(D('2.675'), 2), round(D('1.005'), 2), round(D('-0.5')), type(round(D('1.5'))).__name__)
for bad in [lambda: int(D('NaN')), lambda: int(D('Inf')), lambda: round(D('NaN')),
            lambda: round(D('-Inf')), lambda: float(D('sNaN'))]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(D('NaN')), float(D('-Inf')), complex(D('1.5')))

# precision applies to results, not to construction
getcontext().prec = 6
print(D('1.23456789'), +D('1.23456789'), D('1.23456789') + 0, D(1) / 3, D(123456789) * 1)
getcontext().prec = 28
