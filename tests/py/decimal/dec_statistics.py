from decimal import Decimal
from fractions import Fraction
import statistics
print(statistics.mean([Decimal('1.5'), Decimal('2.25')]))
print(statistics.mean([Decimal('1'), Decimal('2'), Decimal('4')]))
print(statistics.median([Decimal('1.5'), Decimal('2.25'), Decimal('3')]))
print(statistics.fmean([Decimal('1.5'), Decimal('2.25')]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.variance([Decimal('1.5'), Decimal('2.5'), Decimal('4')]))
