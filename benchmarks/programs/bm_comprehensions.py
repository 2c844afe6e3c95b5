# Comprehensions: list, dict and set comprehensions, nested and filtered,
# with conditional expressions, over ranges and over other comprehensions'
# results; plus generator expressions consumed by sum/any/all/max.


def main():
    total = 0
    for rnd in range(1300):
        squares = [i * i for i in range(3000)]
        evens = [x for x in squares if x % 2 == 0]
        grid = [[(i * j + rnd) % 10 for j in range(40)] for i in range(40)]
        flat = [v for row in grid for v in row if v > 4]
        inverse = {v: k for k, v in enumerate(squares[:1500])}
        residues = {x % 97 for x in squares}
        labels = ["even" if x % 2 == 0 else "odd" for x in range(2000)]
        counts = {w: labels.count(w) for w in ("even", "odd")}
        pairs = [(a, b) for a in range(30) for b in range(a, 30) if (a + b) % 3 == 0]
        transposed = [[row[i] for row in grid] for i in range(len(grid[0]))]
        diag = sum(transposed[i][i] for i in range(40))
        ok = all(x >= 0 for x in evens) and any(x == 9 for x in flat)
        biggest = max(a * b for a, b in pairs)
        total += (len(evens) + sum(flat) + len(inverse) + len(residues) +
                  counts["odd"] + len(pairs) + diag + ok + biggest)
        total += sum(inverse.get(i * i, 0) for i in range(0, 1500, 7))
    print(total)


main()
