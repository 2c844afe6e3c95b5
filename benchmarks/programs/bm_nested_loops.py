# Nested integer loops: range iteration, local variable traffic, small-int
# arithmetic and comparisons, with no calls in the inner loop.


def collatz_lengths(limit):
    best = 0
    best_n = 0
    total = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    return best_n, best, total


def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(i, n):
            s = i + j
            for k in range(j, n):
                if (s + k) % 7 == 3:
                    acc += i * k - j
                else:
                    acc ^= k
    return acc


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for i in range(n + 1):
        if flags[i]:
            count += 1
            last = i
    return count, last


def main():
    print("collatz", collatz_lengths(120000))
    print("triple", triple_loop(113))
    print("sieve", sieve(1200000))


main()
