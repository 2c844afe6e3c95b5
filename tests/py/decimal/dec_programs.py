# Typical user programs with decimal: invoices, interest tables, the pi/exp/
# cos/sin recipes from the decimal documentation, statistics, amortisation.
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, Inexact, Context)

CENT = Decimal('0.01')


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


# --- an invoice
items = [
    ('Widget', Decimal('19.99'), 3),
    ('Gadget', Decimal('4.25'), 10),
    ('Gizmo', Decimal('0.333'), 7),
    ('Doohickey', Decimal('1299.00'), 1),
    ('Thingamajig', Decimal('0.10'), 33),
]
TAX = Decimal('0.0825')
subtotal = Decimal(0)
print('%-12s %8s %4s %10s' % ('item', 'price', 'qty', 'total'))
for name, price, qty in items:
    line = money(price * qty)
    subtotal += line
    print(f'{name:<12} {price:>8} {qty:>4} {line:>10}')
tax = money(subtotal * TAX)
total = subtotal + tax
print(f'{"subtotal":<26}{subtotal:>10}')
print(f'{"tax":<26}{tax:>10}')
print(f'{"total":<26}{total:>10,}')

# splitting a bill fairly: the pennies go to the first people
def split(amount, n):
    base = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    rest = int((amount - base * n) / CENT)
    return [base + CENT if i < rest else base for i in range(n)]

shares = split(Decimal('100.00'), 3)
print(shares, sum(shares))
shares = split(total, 7)
print(shares, sum(shares) == total)

# --- compound interest table
principal = Decimal('10000')
print('year' + ''.join(f'{r:>12}' for r in ('3%', '5%', '7.25%')))
rates = [Decimal('0.03'), Decimal('0.05'), Decimal('0.0725')]
balances = [principal] * 3
for year in range(1, 11):
    balances = [money(b * (1 + r)) for b, r in zip(balances, rates)]
    print(f'{year:>4}' + ''.join(f'{b:>12,.2f}' for b in balances))
# the same with the formula
for r in rates:
    print(r, money(principal * (1 + r) ** 10), money(principal * (1 + r / 12) ** 120))

# --- loan amortisation
def payment(P, annual_rate, months):
    r = annual_rate / 12
    return money(P * r / (1 - (1 + r) ** -months))

loan = Decimal('25000')
rate = Decimal('0.069')
pay = payment(loan, rate, 12)
print('monthly payment', pay)
bal = loan
for m in range(1, 13):
    interest = money(bal * rate / 12)
    principal_part = pay - interest if m < 12 else bal
    bal -= principal_part
    print(f'{m:2d} {interest:>9} {principal_part:>10} {bal:>10}')

# --- recipes from the decimal documentation
def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s


def exp(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s


def cos(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 0, 0, 1, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


def sin(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 1, 0, x, 1, x, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


def moneyfmt(value, places=2, curr='', sep=',', dp='.', pos='', neg='-', trailneg=''):
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    result = []
    digits = list(map(str, digits))
    build, next = result.append, digits.pop
    if sign:
        build(trailneg)
    for i in range(places):
        build(next() if digits else '0')
    if places:
        build(dp)
    if not digits:
        build('0')
    i = 0
    while digits:
        build(next())
        i += 1
        if i == 3 and digits:
            i = 0
            build(sep)
    build(curr)
    build(neg if sign else pos)
    return ''.join(reversed(result))


with localcontext() as ctx:
    ctx.prec = 50
    p = pi()
    print(p)
    print(exp(Decimal(1)))
    print(exp(Decimal(1)) == Decimal(1).exp(), abs(exp(Decimal(1)) - Decimal(1).exp()) < Decimal('1e-48'))
    print(cos(Decimal('0.5')))
    print(sin(Decimal('0.5')))
    print(sin(p / 6))
print(pi(), exp(Decimal(2)), cos(Decimal(1)), sin(Decimal(1)))
d = Decimal('-1234567.8901')
print(moneyfmt(d, curr='$'), moneyfmt(d, places=0, sep='.', dp='', neg='', trailneg='-'))
print(moneyfmt(Decimal(123456789), sep=' '), moneyfmt(Decimal('-0.02'), neg='<', trailneg='>'))

# --- statistics over a list of measurements
data = [Decimal(s) for s in '2.50 3.75 1.20 9.99 4.01 3.75 0.05 7.30 6.66 3.14'.split()]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print('n', n, 'sum', sum(data), 'mean', mean, 'min', min(data), 'max', max(data))
print('median', sorted(data)[n // 2 - 1:n // 2 + 1], 'var', var.quantize(Decimal('1e-6')),
      'sd', var.sqrt().quantize(Decimal('1e-6')))
print(sorted(data, reverse=True)[:3], sorted(set(data)) == sorted(set(data), key=float))
print({x: i for i, x in enumerate(sorted(data))}[Decimal('3.75')])

# --- banker's rounding versus half-up, summed over many values
vals = [Decimal(i) / 8 for i in range(1, 41)]
for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP):
    total = sum(v.quantize(Decimal('0.1'), rounding=mode) for v in vals)
    print(mode, total, sum(vals))

# --- detecting inexact results with a trap
ctx = Context(prec=28, traps=[Inexact])
for a, b in [(1, 4), (1, 3), (22, 7), (10, 8)]:
    try:
        print(a, b, ctx.divide(Decimal(a), Decimal(b)))
    except Inexact:
        print(a, b, 'inexact')

# --- converting floats exactly versus through str
for f in (0.1, 0.2, 0.3, 1.1, 2.675):
    print(f, Decimal(f).quantize(Decimal('1e-20')), Decimal(str(f)), Decimal(f) == Decimal(str(f)))
print(Decimal(0.1) + Decimal(0.2) == Decimal(0.3), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
