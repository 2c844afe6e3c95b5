# Mixed big/small int arithmetic: the small operand of every sign and size
# around the 60-bit digit boundary and int64's limits.
big = [3 ** 200, -(7 ** 150), 2 ** 64, -(2 ** 64) + 1, 10 ** 40 + 1]
small = [0, 1, -1, 2, -2, 10, 2 ** 31, -(2 ** 31), 2 ** 59, 2 ** 60 - 1, 2 ** 60,
         -(2 ** 60) + 1, -(2 ** 60), 2 ** 62, 2 ** 63 - 1, -(2 ** 63)]
acc = 0
for b in big:
    for s in small:
        for v in (b * s, s * b, b + s, s + b, b - s, s - b):
            acc = (acc * 31 + v) % (2 ** 127 - 1)
        if s:
            q, r = divmod(b, s)
            assert q * s + r == b
            acc = (acc * 31 + q + r) % (2 ** 127 - 1)
        acc ^= hash(b * s)
print(acc)
print(3 ** 200 * -5, -(2 ** 70) * (2 ** 60 - 1), (2 ** 65) * -(2 ** 63))
print(0 * 3 ** 300, (-(3 ** 300)) * 0, type(0 * 3 ** 300))
f = 1
for i in range(2, 300):
    f *= i
print(f % (10 ** 20), len(str(f)))
f = -1
for i in range(2, 100):
    f *= -i
print(f)
