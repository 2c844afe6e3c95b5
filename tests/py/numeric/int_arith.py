# int arithmetic with Python semantics at word boundaries and beyond.
M, m = 2**63 - 1, -(2**63)
vals = [0, 1, -1, 7, -7, 3, -3, M, m, M + 1, m - 1, 2**64, -(2**64), 10**30, -(10**30) + 7]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b]
        if b:
            r += [a // b, a % b, divmod(a, b), a / b]
        print(a, b, r)
for a in vals:
    print(a, -a, ~a, abs(a), a << 3, a >> 3, a >> 70, a << 70, hash(a), str(a), repr(a))
for e in range(0, 70, 7):
    print(e, 3 ** e, (-3) ** e, 2 ** -e if e < 60 else None)
print(pow(3, 200, 10**9 + 7), pow(-3, 201, 1000), pow(3, 201, -1000), pow(7, -1, 13), pow(2, 0, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 4), (2, 3.0, 4)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 ** -1", "1 << -1", "1 >> -1",
             "2 ** 10000 / 3", "float(2 ** 1024)", "1 << 2 ** 70", "10 ** 400 / 10 ** 399",
             "(2**53 + 1) / 1", "1 / 2**1074", "1 / 2**1076", "2**1023 * 3 // 1 / 2"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "=>", type(e).__name__ + ":", e)
big = 10**4299 + 12345
s = str(big)
print(len(s), s[:20], s[-10:], int(s) == big, hex(big)[:12], oct(big)[-5:], bin(big)[-8:])
try:
    str(10**4300)
except ValueError as e:
    print(e)
print(sorted([3, -1, 2**70, -(2**70), 0, 2.5, -0.5]), max(2**70, 2.0**70), min(-1, -1.0))
print(1 == 1.0 == True, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float("inf"), -(10**400) < -1e308)
print({1: "a", 1.0: "b", True: "c"}, {2**64, 2.0**64}, len({0, 0.0, -0.0, False}))
