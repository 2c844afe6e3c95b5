# power(): special operands, powers of one, exactness and ideal exponents,
# huge and tiny results under every rounding mode, and three-argument pow.
from decimal import Context, Decimal as D, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, \
    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP

ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]


def show(ctx, a, b):
    ctx.clear_flags()
    r = ctx.power(D(a), D(b))
    return '%s ** %s = %s %s' % (a, b, r, ','.join(k.__name__ for k, v in ctx.flags.items() if v))


ctx = Context(prec=9, traps=[])
for a, b in [('0', '0'), ('0', '-1'), ('-0', '-3'), ('-0', '2'), ('0', 'Inf'), ('0', '-Inf'),
             ('Inf', '0'), ('-Inf', '3'), ('-Inf', '2'), ('-Inf', '-3'), ('Inf', '-0.5'),
             ('-Inf', '0.5'), ('-Inf', '-Inf'), ('-2', 'Inf'), ('2', 'Inf'), ('0.5', 'Inf'),
             ('0.5', '-Inf'), ('1', 'Inf'), ('1', '-Inf'), ('NaN', '0'), ('sNaN', '0'),
             ('1', 'NaN'), ('-1', '0.5'), ('-8', '0.3333'), ('1.000', '3'), ('1.000', '-3'),
             ('-1.0', '3'), ('1.00', '0.5'), ('1.0', '1E+20'), ('1', '12345678901'),
             ('4', '0.5'), ('0.25', '-0.5'), ('9', '1.5'), ('2', '10'), ('2', '1E+1'),
             ('3', '2.0'), ('10', '-3'), ('100', '-1'), ('0.5', '-2'), ('7', '-1'),
             ('1.1', '1000000000'), ('0.9', '1000000000'), ('10', '1E10'), ('10', '-1E10'),
             ('2', '-1074'), ('1.5', '-0.000000001'), ('1.5', '0.000000001'),
             ('123456789', '0.5'), ('2', '0.5'), ('-2', '-3'), ('-2', '99')]:
    print(show(ctx, a, b))

for r in ROUNDINGS:
    ctx = Context(prec=5, rounding=r, Emin=-50, Emax=50, traps=[])
    for a, b in [('8000', '-15'), ('89678538', '-7'), ('7E-30', '11'), ('-4E-33', '9'),
                 ('-65000', '-16'), ('3888469', '-20'), ('-52902E2', '-8'), ('2', '170'),
                 ('0.2', '6E-5'), ('29000', '-1E-30'), ('600', '4.68E-25'), ('1.1', '-2000'),
                 ('12E1', '3.4436E-26'), ('5E-3', '100.5'), ('7', '60.25'), ('7', '-60.25')]:
        print(r, show(ctx, a, b))

ctx = Context(prec=28, traps=[])
for a, b, m in [(3, 100, 97), (-7, 3, 10), (2, 10, 1000), (12345, 678, 91011), (2, -1, 5),
                ('1.5', 2, 7), (0, 0, 5), (5, 0, 1), (5, 0, 7), ('1E+2', 3, 7), (2, '1E+2', 1000),
                ('NaN', 1, 2), (2, 3, '1E+30'), (4, 3, 0)]:
    ctx.clear_flags()
    print(a, b, m, ctx.power(D(a), D(b), D(m)), [k.__name__ for k, v in ctx.flags.items() if v])
print(pow(D(3), 5, 7), pow(D(-3), 5, 7), pow(3, D(5), 7) if False else None)
