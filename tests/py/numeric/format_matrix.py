# format() matrix: int/float/str values against many format specs, and spec errors.
for spec in ["", "d", "5", "<5", "^5", "05", "+", " ", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b", "c", "e", ".2f", "%", "n", "=+8", "*^9,", "#010x", "_x", ",.1f"]:
    vals = []
    for v in [0, 7, -1234567, 65, True]:
        try:
            vals.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            vals.append("E:" + str(e))
    print(repr(spec), vals)
for spec in ["", ".1", ".0f", "e", ".3E", "g", ".10g", "%", ".1%", "+.2f", "010.2f", ",.3f", "_.2f", "#.0f", "#g", "n", "^10.2", "F", "z.1f", ".0e"]:
    vals = []
    for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e16, float("inf"), float("nan"), -0.04]:
        try:
            vals.append(format(v, spec))
        except ValueError as e:
            vals.append("E:" + str(e))
    print(repr(spec), vals)
for spec in ["", "s", "10", "<10", "^10", ">10", ".2", "*^7.3", "=5", "+", "d"]:
    try: print(repr(spec), repr(format("héllo", spec)))
    except ValueError as e: print(repr(spec), "E:", e)
print(format(-0.0, "z.2f") if True else "", format(1e100, ",.0f")[:20], format(2 ** 70, ","), format(-2 ** 70, "_x"))
try: format(1, "c") and format(-1, "c")
except (ValueError, OverflowError) as e: print(type(e).__name__, e)
try: format(1.5, "c")
except ValueError as e: print(e)
try: format(1, ",c")
except ValueError as e: print(e)
try: format(1, ".2d")
except ValueError as e: print(e)
try: format("s", "#")
except ValueError as e: print(e)
try: format(1, "abc")
except ValueError as e: print(e)
try: format(1.0, ",_")
except ValueError as e: print(e)
