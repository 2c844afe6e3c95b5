# Very long coefficients and high precision: parsing and printing beyond
# the int/str digit limit, exact huge products, log10/ln near powers of ten.
from decimal import Decimal as D, localcontext, Context

s = '1' + '23456789' * 700
d = D(s)
t = str(d)
print(len(t), t[:12], t[-12:], d.adjusted(), len(d.as_tuple().digits), d.is_finite())
print(str(-d.scaleb(-5000))[:15], d.scaleb(-5599).quantize(D('0.0001')))
print((d * d).adjusted(), str(d + 1)[-5:], (d // 10 ** 5590), d.scaleb(-5597) % 1000)
e = D('9' * 5000 + 'e-5000')
print(e.log10(), e.ln(), (e - 10).adjusted())
with localcontext(prec=3000) as c:
    x = D(2) ** 10000
    sx = str(x)
    print(len(sx), sx[:20], sx[-10:], x.adjusted())
    y = D(1) / 7
    print(len(str(y)), format(y, '.5f'), str(y.sqrt())[-8:], str(D(10).ln())[-10:])
    print(str(D(2).exp())[-10:], str(D(3).log10())[-10:], str(D(2) ** D('0.5'))[-10:])
with localcontext(prec=6000, Emax=10 ** 7, Emin=-10 ** 7):
    f = D(1)
    for i in range(1, 1501):
        f *= i
    sf = str(f)
    print(len(sf), sf[:15], f.adjusted(), f.is_normal())
print(Context(prec=50).create_decimal(s))
