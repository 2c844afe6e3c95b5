# Closures and sorted(key=...): factories returning closures over cells,
# nonlocal counters, lambdas as sort keys, multi-key sorts of records,
# sort stability, min/max with key, and functools-free composition.


def make_counter():
    count = 0

    def incr(step):
        nonlocal count
        count += step
        return count
    return incr


def compose(f, g):
    return lambda x: f(g(x))


def make_affine(a, b):
    def affine(x):
        return (a * x + b) % 10007
    return affine


def make_records(n, seed):
    x = seed
    recs = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = "n%03d" % ((x >> 4) % 500)
        recs.append((name, (x >> 9) % 100, (x >> 17) % 1000, i))
    return recs


def main():
    counter = make_counter()
    fns = [make_affine(i, 3 * i + 1) for i in range(1, 40)]
    chain = fns[0]
    for f in fns[1:8]:
        chain = compose(f, chain)
    acc = 0
    for i in range(100000):
        acc = (acc + chain(i)) % 1000000007
        counter(i & 3)
    print("closures", acc, counter(0))

    recs = make_records(50000, 99)
    total = 0
    for rnd in range(8):
        by_score = sorted(recs, key=lambda r: (r[1], -r[2], r[0]))
        by_name = sorted(recs, key=lambda r: r[0])
        stable = sorted(by_name, key=lambda r: r[1] // 10)
        rev = sorted(recs, key=lambda r: r[2] * 7 % 13 + rnd, reverse=True)
        total += by_score[rnd][3] + by_name[-1 - rnd][3] + stable[rnd * 10][3] + rev[rnd][3]
    nums = [r[2] - 500 for r in recs]
    nums.sort(key=abs)
    best = min(recs, key=lambda r: (r[2], r[3]))
    worst = max(recs, key=lambda r: (r[1], r[0], r[3]))
    keyed = sorted(fns, key=lambda f: f(12345))
    print("sort", total, nums[:5], nums[-3:], best, worst, keyed[0](1), keyed[-1](1))


main()
