# Three-argument pow on word-sized ints (fast path) against big ones.
import random
random.seed(4)
vals = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 2**31 - 1, -(2**31), 2**62, 2**63 - 1, -(2**63), 2**63, 2**64 + 3]
mods = [1, -1, 2, -2, 3, -3, 97, -97, 1000007, -1000007, 2**31 - 1, 2**61 - 1, -(2**61 - 1), 2**63 - 1, -(2**63), 2**63, -(2**63 - 1)]
out = []
for a in vals:
    for b in [0, 1, 2, 3, 10, 63, 64, 1000, 2**62, 2**63 - 1]:
        for m in mods:
            out.append(pow(a, b, m))
print(len(out), sum(out) % (2**89 - 1), out[:40])
for _ in range(3000):
    a = random.randint(-2**63, 2**63 - 1); b = random.randint(0, 2**63 - 1)
    m = random.choice([1, -1]) * random.randint(1, 2**63 - 1)
    out.append(pow(a, b, m))
print(sum(out) % (2**89 - 1))
for a, b, m in [(2, -1, 7), (3, -2, -7), (2, 3, 0), (4, -1, 8)]:
    try:
        print(pow(a, b, m))
    except ValueError as e:
        print('ValueError', e)
print(pow(True, 5, 3), pow(5, True, 3), (-5) ** 3 % 7, pow(-5, 3, 7))
