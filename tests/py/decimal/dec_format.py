# format() / f-strings with Decimal: types, precision, width, fill, alignment,
# sign, grouping, zero padding, and C-decimal's rejected specs.
from decimal import Decimal as D, localcontext, ROUND_DOWN

nums = ['0', '-0', '1', '-1.5', '123456.789', '1E+5', '1.23E-7', '0.000123', '-0.0',
        '12345678901234567890', 'NaN', '-Inf', '1E+30', '0E+3', '9.999', '0.5', '2.675',
        '-1234.5678']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', 'n', '.2',
         '10', '<10', '^12', '=+12', '*>15.3f', '015.2f', '0=12', ',', ',.2f', '020,.3f',
         '+', ' ', '-', 'z.1f', '.0e', '.0g', '12.4E', '>20,', '08', '0>10']
for n in nums:
    d = D(n)
    print(n.ljust(22), ' | '.join(format(d, s) for s in specs))

for bad in ['_', '#', '>08', 'x', '.f', ',n', '10.2.3']:
    try:
        format(D('1.5'), bad)
        print('accepted', bad)
    except ValueError as e:
        print(repr(bad), e)

price = D('1234.5')
qty = 3
print(f'{price}', f'{price:.2f}', f'{price * qty:,.2f}', f'{price:>12}', f'{-price:=12.1f}')
print(f'{D("0.1234"):.1%}', f'{D("1E+2"):f}', f'{D("123.456"):e}', f'{D(1)/3:.5}')
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.25'), '.1f'), format(D('1.29'), '.1f'), format(D('-1.99'), '.0f'))
with localcontext(capitals=0):
    print(format(D('1E+10'), ''), format(D('1.5E-10'), '.3'))
print('{:>10} {:<10}|'.format(D('3.14'), D('-2.71')), '%s %r' % (D('1.10'), D('2.20')))
