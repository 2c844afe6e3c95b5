# The format-spec mini-language for int, float, bool and str, and errors.
values = [0, 7, -7, 255, 1234567, -(2**70), True, 0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7,
          float("inf"), float("nan"), "text", "é"]
specs = ["", "d", "x", "#X", "o", "#b", "c", ",", "_", "_x", "010", "+08,", "^9", "*<8", "=+10",
         "e", ".3e", "f", ".2f", "g", ".3g", "#g", "%", ".1%", "n", "z.1f", ".3", "#", "s",
         ">10s", ".2s", "x^9.3", "0=12,.2f", "+", " ", "z"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("%s: %s" % (type(e).__name__, e))
    print(repr(v), row)
print(f"{3.14159:.2f} {42:>6} {42:<6}| {42:^6}| {-42:=6} {1e6:,.0f} {255:08b} {0.25:.0%}")
print("{:,} {:_} {:.3} {!r:>8} {:5}|".format(10**9, 2**40, 2 / 3, "a", "x"))
print("%d %5.2f %x %e %g %s %r" % (42, 3.14159, 255, 12345.678, 0.0001, 1.5, 2.5))
for fmt, arg in [("{:,s}", "a"), ("{:=}", "a"), ("{:+}", "s"), ("{:d}", 1.5), ("{:#c}", 65),
                 ("{:,n}", 5), ("{:_,}", 5), ("{:.}", 5), ("{:xx}", 5), ("{:c}", -1), ("{:c}", 1.5)]:
    try:
        print(fmt.format(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
