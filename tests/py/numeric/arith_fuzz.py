# Deterministic fuzz of float/int arithmetic, repr, round and formatting (LCG, no random module).
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
def rfloat():
    r = rnd()
    kind = r % 5
    m = (rnd() % 10 ** 9) / 10 ** (rnd() % 12)
    e = (rnd() % 40) - 20
    v = m * 10.0 ** e
    if kind == 0: v = -v
    if kind == 1: v = float(rnd() % 1000) / 8
    return v
def rint():
    r = rnd()
    bits = r % 140
    v = rnd() * rnd() * rnd() >> (192 - bits) if bits else r % 7
    return -v if r & 1 else v
out = []
for i in range(120):
    a, b = rfloat(), rfloat()
    row = [repr(a), repr(a * b), repr(a + b), repr(a - b)]
    if b: row += [repr(a / b), repr(a % b), repr(a // b)]
    row += [repr(round(a, 3)), repr(round(a)) if abs(a) < 1e300 else "big", f"{a:.5g}", f"{a:e}", f"{b:.3f}", str(float(repr(a)) == a)]
    out.append(" ".join(row))
for i in range(120):
    x, y = rint(), rint()
    row = [str(x), str(x + y), str(x * y), str(x - y)]
    if y:
        row += [str(x // y), str(x % y), repr(x / y) if abs(x) < 2 ** 1000 else "skip"]
    row += [hex(x), str(x >> 3), str(x << 5), str(x & y), str(x | y), str(x ^ y), str(abs(x).bit_length()), str(pow(x, 3, 1000003) if x else 0)]
    row += [str(int(float(x)) if abs(x) < 2 ** 1000 else 0), str(round(x, -3)), f"{x:,}"]
    out.append(" ".join(row))
for line in out:
    print(line)
