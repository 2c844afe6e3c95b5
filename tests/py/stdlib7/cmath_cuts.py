import cmath
inf = float('inf'); nan = float('nan')
pts = [complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0), complex(0.0, 2), complex(-0.0, 2),
       complex(0.0, -2), complex(-0.0, -2), complex(-0.5, 0.0), complex(-0.5, -0.0), complex(1e-300, 1e-300),
       complex(1e300, 1e300), complex(-1e200, 3), complex(0.999999, 1e-8), complex(1.0000001, 0.0)]
for name in ['sqrt', 'log', 'log10', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh', 'tanh', 'tan']:
    f = getattr(cmath, name)
    for z in pts:
        try:
            print(name, z, f(z))
        except Exception as e:
            print(name, z, type(e).__name__, e)
for z in [complex(inf, 0), complex(-inf, 1), complex(nan, 0), complex(0, inf), complex(1, nan), complex(800, 1)]:
    for name in ['exp', 'sqrt', 'log', 'tanh', 'cosh', 'atan']:
        try:
            print(name, z, getattr(cmath, name)(z))
        except Exception as e:
            print(name, z, type(e).__name__, e)
print(cmath.rect(inf, 1), cmath.rect(2, -0.0), cmath.polar(-0.0 - 0j), cmath.phase(complex(-1, -0.0)))
