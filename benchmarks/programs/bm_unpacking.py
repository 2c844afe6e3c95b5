# Unpacking and tuple-heavy code: tuple packing/unpacking in assignments
# and for-loops, swaps, starred targets, multiple return values, zip and
# enumerate, tuples as dict keys, *args/**kwargs calls and tuple compares.


def divmod_all(a, b):
    return a // b, a % b, a * b


def stats(*values):
    lo = hi = values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi, len(values)


def kw(a, b=2, *rest, scale=1, **extra):
    return (a + b + len(rest) + len(extra)) * scale


def main():
    a, b = 1, 2
    acc = 0
    for i in range(2000000):
        a, b = b, (a + b) % 1000003
        q, r, p = divmod_all(b + i, 7)
        acc = (acc + q - r + (p & 15)) % 1000000007
    pts = [(i, (i * 7) % 101, (i * 13) % 103) for i in range(20000)]
    sx = sy = sz = 0
    for x, y, z in pts:
        sx += x
        sy += y - z
        sz ^= z
    first, *middle, last = pts[:50]
    heads = 0
    for idx, (x, (y, z)) in enumerate(zip(range(20000), zip(range(20000, 0, -1), range(5, 20005)))):
        heads += (x + y - z) * (idx & 1)
    grid = {}
    for i in range(85000):
        key = (i % 37, i % 41)
        grid[key] = grid.get(key, 0) + 1
    best = max(grid.items(), key=lambda kv: (kv[1], kv[0]))
    calls = 0
    for i in range(560000):
        lo, hi, n = stats(i, 3, i % 17, 9)
        calls += lo + hi + n
        calls += kw(i, 3, 4, 5, scale=2, color=1) + kw(*(i, 1), **{"scale": 3})
    cmp = sum(1 for p, q in zip(pts, pts[1:]) if p[1:] < q[1:])
    print(acc, a, b, sx, sy, sz, first, len(middle), last, heads, best, calls, cmp)


main()
