# A deterministic sweep of context methods over generated operands and
# contexts (prec, rounding, exponent limits, clamp), printing each result
# with the flags it raised.  Operands come from a small LCG so the sweep is
# the same everywhere.
from decimal import Context, Decimal, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, \
    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


SPECIALS = ['NaN', '-NaN', 'sNaN', 'Inf', '-Inf', 'NaN123', '0', '-0', '0E+5', '-0E-3']
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]


def operand():
    if rnd(20) == 0:
        return SPECIALS[rnd(len(SPECIALS))]
    ndig = [1, 1, 2, 3, 5, 10, 20, 28, 30][rnd(9)]
    c = 0
    for _ in range(ndig):
        c = c * 10 + rnd(10)
    e = [0, 0, 0, -1, -2, -5, -10, 1, 2, 5, -30, rnd(80) - 40][rnd(12)]
    return '%s%dE%d' % ('-' if rnd(2) else '', c, e)


def context():
    prec = [1, 2, 3, 5, 9, 16, 28, 28][rnd(8)]
    emax = [999999, 99, 50][rnd(3)]
    return Context(prec=prec, rounding=ROUNDINGS[rnd(8)], Emax=emax, Emin=-emax,
                   clamp=rnd(3) // 2, traps=[])


UNARY = ['plus', 'minus', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize',
         'next_plus', 'next_minus', 'to_integral_value', 'to_integral_exact',
         'number_class', 'to_sci_string', 'to_eng_string']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
          'remainder_near', 'divmod', 'compare', 'compare_signal', 'compare_total',
          'max', 'min', 'max_mag', 'min_mag', 'quantize', 'scaleb', 'next_toward',
          'same_quantum', 'rotate', 'shift', 'copy_sign', 'compare_total_mag', 'power']

for i in range(700):
    ctx = context()
    if i % 3 == 0:
        op = UNARY[rnd(len(UNARY))]
        a = operand()
        args = [Decimal(a)]
    else:
        op = BINARY[rnd(len(BINARY))]
        a, b = operand(), operand()
        if op in ('scaleb', 'rotate', 'shift'):
            b = str(rnd(60) - 30)
        if op == 'power':
            ctx.rounding = ROUND_HALF_EVEN
            if rnd(2):
                b = str(rnd(30) - 15)
                a = a[:6] if 'E' not in a[:6] else a
        args = [Decimal(a), Decimal(b)]
    try:
        r = getattr(ctx, op)(*args)
        if isinstance(r, tuple):
            r = ' '.join(map(str, r))
    except Exception as e:
        r = 'raised ' + type(e).__name__
    flags = ','.join(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, op, ' '.join(map(str, args)), '|', ctx.prec, ctx.rounding, ctx.Emax, ctx.clamp,
          '->', r, flags)

# the three fused and modular operations
ctx = Context(prec=12, traps=[])
for a, b, c in [(2, 3, 4), ('1.5', '-2', '0.25'), ('1E+20', '1E+20', '-1'), ('Inf', 0, 1),
                ('NaN', 1, 2), (3, 'sNaN', 1)]:
    ctx.clear_flags()
    print(a, b, c, ctx.fma(Decimal(a), Decimal(b), Decimal(c)) if not (a == 'Inf') else None,
          [k.__name__ for k, v in ctx.flags.items() if v])
try:
    ctx.traps = []
except TypeError as e:
    print('TypeError', e)
ctx.clear_traps()
for a, b, m in [(3, 100, 97), (-7, 3, 10), (2, 10, 1000), (12345, 678, 91011), (2, -1, 5), ('1.5', 2, 7)]:
    ctx.clear_flags()
    print(a, b, m, ctx.power(Decimal(a), Decimal(b), Decimal(m)),
          [k.__name__ for k, v in ctx.flags.items() if v])
