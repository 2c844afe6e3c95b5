# Decimal construction from every supported source, and conversion errors.
import decimal
from decimal import Decimal, InvalidOperation, getcontext, localcontext

for s in ['0', '1', '-1', '1.50', '  1.50 ', '\t42\n', '1e10', '1E-10', '-0', '-0.00',
          '+.5', '5.', '1_000_000', '1_000.000_1', 'NaN', '-NaN', 'nan123', 'sNaN',
          '-sNaN45', 'Infinity', '-Infinity', 'inf', '-INF', '0e-5', '-0.00e+3',
          '123456789012345678901234567890.123456789', '1.23E+400', '9E-999999']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d))

for bad in ['abc', '1e', '.', '1 2', 'infinit', '', '--1', '1.2.3', 'e5', '0x10']:
    try:
        Decimal(bad)
        print('no error for', repr(bad))
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)

for n in [0, 1, -1, 10**30, -(2**100), True]:
    print(repr(Decimal(n)))

for f in [0.1, 0.5, -0.0, 1e300, 2.5e-10, 1.0, 123.456, float('inf'), float('-inf'), float('nan')]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal.from_float(7)))

for t in [(0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), 'F'), (1, (0,), 'F'),
          (0, (1,), 'n'), (1, (2, 3), 'N'), [1, [0, 0, 1], 5], (0, (0, 0), 0)]:
    print(t, repr(Decimal(t)))

for t in [(0, 1, 2), (2, (1,), 1), (0, (1,), 'x'), (0, (10,), 1), (0, (1,), 1.0), (0, (1,))]:
    try:
        Decimal(t)
    except ValueError as e:
        print('ValueError', e)

for v in [1j, None, [1, 2], object]:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e)[:50])

d = Decimal('3.14')
print(repr(Decimal(d)), Decimal(d) == d)
print(Decimal(), repr(Decimal()))

class MyDec(Decimal):
    pass

m = MyDec('1.5')
print(type(m).__name__, m, type(m + 1).__name__, type(MyDec.from_float(0.25)).__name__)

# not trapped: conversion syntax gives NaN and sets the flag
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal('junk')), ctx.flags[InvalidOperation])

# creating from a float sets FloatOperation
with localcontext() as ctx:
    ctx.clear_flags()
    Decimal(1.5)
    print(ctx.flags[decimal.FloatOperation])
    ctx.traps[decimal.FloatOperation] = True
    try:
        Decimal(2.5)
    except decimal.FloatOperation as e:
        print('FloatOperation', e)
    print(Decimal.from_float(2.5))
