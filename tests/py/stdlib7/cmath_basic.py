import cmath
vals = [0j, 1+0j, -1+0j, complex(-1,-0.0), 1j, -1j, 2+3j, -2.5+0.5j, 0.3-0.7j, complex(0,-0.0), complex(-0.0,0.0), 1e-10+1e-10j, 10+20j, complex(-3, 0.0), complex(-3,-0.0), 0.5+0j, 1.5, 2, -4]
for name in ['exp','log','log10','sqrt','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','phase','polar']:
    f = getattr(cmath, name)
    for v in vals:
        try:
            print(name, repr(v), repr(f(v)))
        except Exception as e:
            print(name, repr(v), type(e).__name__, e)
for r, p in [(1, 0), (2, 1), (1, cmath.pi), (-1, -0.0), (0, 2), (3, -2.5)]:
    print('rect', r, p, cmath.rect(r, p))
print(cmath.log(8, 2), cmath.log(1+1j, 3+0j), cmath.log(10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
print(cmath.isfinite(1+2j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(cmath.nanj))
for bad in [lambda: cmath.exp(1000), lambda: cmath.cosh(1000+0j), lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('a'), lambda: cmath.log(1, 1), lambda: cmath.sin(complex(float('inf'), 0)), lambda: cmath.rect(1, float('inf'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
print(cmath.polar(C()), cmath.sqrt(-1), cmath.sqrt(complex(-1,-0.0)), cmath.exp(complex(float('-inf'), 2)))
print(cmath.log(-1), cmath.acos(2), cmath.asin(-2), cmath.acosh(0.5), cmath.atanh(2))
