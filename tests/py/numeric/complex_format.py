# complex.__format__ and the complex() constructor's signed zeros.
z=3+4j
for spec in ["", "10", "<12", "^14", ".2f", "+.1e", " g", ".3", "10.2f", "*>20.3g", ",.2f", "G", "n", "e", "+", "#g", "-^15"]:
    for v in [z, -1.5-2.25j, 2j, -2j, complex(-0.0, 1), 1e20+1j, 123456.789-0.001j, complex(1, float('nan')), complex(float('inf'), -1)]:
        print(repr(spec), repr(format(v, spec)))
for bad in ["d", "x", "=10", "010", "%", "s"]:
    try: format(z, bad)
    except ValueError as e: print(e)
print(complex(1.5,-0.0), complex(-0.0, -0.0), complex(1j, -0.0), complex(1+1j, 2+2j), complex(0.0, 1j), complex(-0.0))
