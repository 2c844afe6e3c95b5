# List permutation and slicing: the fannkuch-redux benchmark. Generates
# every permutation of range(n) in place, and for each one repeatedly
# reverses a prefix (slice assignment from a reversed slice) until 0 is in
# front. Prints the checksum and the maximum number of flips.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        # next permutation, in the order the reference program uses
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def main():
    for n in (8, 9, 9):
        checksum, flips = fannkuch(n)
        print(checksum)
        print("Pfannkuchen(%d) =" % n, flips)


main()
