# sqrt, exp, ln, log10 and powers over many operands and precisions,
# including large precisions, tiny and huge arguments and exact cases.
from decimal import Context, Decimal as D, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR

state = 2024


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def operand():
    digits = 1 + rnd(30)
    c = 1 + rnd(10 ** digits)
    e = rnd(40) - 20 - digits // 2
    return D('%dE%d' % (c, e))


for prec in [1, 3, 9, 20, 28, 45, 80]:
    ctx = Context(prec=prec, traps=[])
    for i in range(12):
        x = operand()
        row = [ctx.sqrt(x), ctx.exp(x) if x.adjusted() < 5 else None, ctx.ln(x), ctx.log10(x)]
        print(prec, x, ' '.join(map(str, row)))

for prec in [5, 28, 60]:
    ctx = Context(prec=prec, traps=[])
    for s in ['0.5', '2', '10', '1E-30', '1E+30', '0.9999999', '1.0000001', '-0.5', '-700', '700',
              '100', '0.01', '4', '1']:
        x = D(s)
        print(prec, s, ctx.sqrt(x), ctx.exp(x), ctx.ln(x) if x > 0 else None,
              ctx.log10(x) if x > 0 else None)

roundings = [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR]
for prec in [4, 16, 28]:
    for r in roundings:
        ctx = Context(prec=prec, rounding=r, traps=[])
        for i in range(6):
            x = operand().copy_abs()
            y = D(rnd(2000) - 1000).scaleb(-rnd(4))
            n = rnd(40) - 20
            print(prec, r, x, y, n, ctx.power(x, y), ctx.power(x, n), ctx.power(-x, n))

with_big = Context(prec=300)
print(with_big.sqrt(D(2)))
print(with_big.exp(D(1)))
print(with_big.ln(D(10)))
print(with_big.power(D(2), D('0.5')))
print(with_big.power(D(3), 1000))
