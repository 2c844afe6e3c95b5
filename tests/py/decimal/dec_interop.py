# Decimal with the rest of the language and stdlib: json, %-formatting,
# dataclasses, Fraction, math, sorting keys, dict keys, flags of conversions.
import json
import math
from dataclasses import dataclass
from fractions import Fraction
import decimal
from decimal import Decimal as D, getcontext

print(json.loads('{"a": 1.10, "b": [2.5e3, 3]}', parse_float=D))
try:
    json.dumps({'x': D('1.5')})
except TypeError as e:
    print(e)
print(json.dumps({'x': D('1.5')}, default=str))
print('%.2f|%s|%r|%d|%5.1e|%g' % (D('1.235'), D('1.50'), D('2'), D('7.9'), D('12345'), D('0.0001')))


@dataclass(order=True)
class Item:
    price: D
    name: str = ''


items = [Item(D('9.99'), 'a'), Item(D('1.5'), 'b'), Item(D('9.990'), 'c')]
print(sorted(items), max(items).name)
print(Fraction(D('1.25')), Fraction(D('0.1')), Fraction.from_decimal(D('3.5')))
print(D('2.5').as_integer_ratio(), Fraction(1, 3) < D('0.4'), D('0.4') > Fraction(1, 3))
print(math.isnan(D('NaN')), math.isinf(D('Inf')), math.sqrt(D(2)), math.fsum([D('0.1')] * 10))
print(math.isclose(D('1.0000001'), 1), math.floor(D('-2.5')), math.ceil(D('-2.5')))
prices = {D('1.0'): 'one', D(2): 'two'}
print(prices[D(1)], prices[1], prices[2.0], D('1.00') in prices)

# which conversions and comparisons set flags
c = getcontext()
for f in [lambda: round(D('2.5')), lambda: int(D('2.5')), lambda: math.floor(D('2.5')),
          lambda: round(D('2.567'), 2), lambda: D('2.5').to_integral(), lambda: float(D('0.1')),
          lambda: hash(D('2.5')) == hash(2.5), lambda: D('1.5').as_integer_ratio(),
          lambda: D('1.5') == 1.5, lambda: D(1) < 2.5, lambda: D('1.5').normalize(), lambda: D(1.5)]:
    c.clear_flags()
    r = f()
    print(r, [k.__name__ for k, v in c.flags.items() if v])
c.clear_flags()

# mixing with float raises, with int is exact
try:
    D('1.1') + 2.2
except TypeError as e:
    print('TypeError', e)
print(D('1.1') + 2, 2 * D('1.1'), D(10**30) + 1, D('1e-30') + 10**30)
