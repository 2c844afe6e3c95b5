# The interpreter's inline small-int paths must agree with int semantics
# at the 64-bit boundaries (overflow falls back to big ints).
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63, 10**20, -10**20]
out = []
for a in vals:
    for b in vals:
        out.append((a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b))
        if b:
            out.append((a % b, a // b))
print(len(out), hash(tuple(out)) == hash(tuple(out)))
for row in out[:40]:
    print(row)
print(out[-20:])
x = 17
x %= 5
y = -17
y //= 5
z = 2**63 - 1
z += 1
w = -2**63
w -= 1
m = 2**32
m *= m
print(x, y, z, w, m, type(z).__name__)
print(True + True, True * 3, 5 % True, 7 // True)
