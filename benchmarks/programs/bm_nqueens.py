# Set operations and backtracking: count the solutions of the n-queens
# problem with sets of attacked columns and diagonals, and enumerate all
# solutions for a smaller board as tuples. Measures set add/remove/contains,
# recursion and tuple building.


def count_queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def all_solutions(n):
    out = []

    def extend(prefix):
        row = len(prefix)
        if row == n:
            out.append(tuple(prefix))
            return
        for c in range(n):
            ok = True
            for r, pc in enumerate(prefix):
                if pc == c or abs(pc - c) == row - r:
                    ok = False
                    break
            if ok:
                prefix.append(c)
                extend(prefix)
                prefix.pop()

    extend([])
    return out


def main():
    counts = [count_queens(n) for n in range(4, 13)]
    sols = all_solutions(9)
    sym = {min(s, tuple(reversed(s))) for s in sols}
    print(counts, len(sols), sols[0], sols[-1], len(sym))


main()
