# Lists of lists of floats: dense matrix multiply, LU decomposition with
# partial pivoting and a triangular solve; checks the residual. Measures
# nested list indexing, float arithmetic and row swaps.


def make_matrix(n, seed):
    x = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((x % 2000) / 1000.0 - 1.0 + (n if i == j else 0))
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    bt = [list(col) for col in zip(*b)]
    out = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(n):
            bj = bt[j]
            s = 0.0
            for k in range(n):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out


def lu_solve(a, rhs):
    n = len(a)
    m = [row[:] for row in a]
    b = rhs[:]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if piv != col:
            m[col], m[piv] = m[piv], m[col]
            b[col], b[piv] = b[piv], b[col]
        pivot_row = m[col]
        p = pivot_row[col]
        for r in range(col + 1, n):
            row = m[r]
            f = row[col] / p
            if f:
                for k in range(col, n):
                    row[k] -= f * pivot_row[k]
                b[r] -= f * b[col]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = b[i]
        row = m[i]
        for k in range(i + 1, n):
            s -= row[k] * x[k]
        x[i] = s / row[i]
    return x


def main():
    n = 250
    a = make_matrix(n, 7)
    b = make_matrix(n, 11)
    c = matmul(a, b)
    trace = sum(c[i][i] for i in range(n))
    rhs = [float(i % 10) for i in range(n)]
    x = lu_solve(c, rhs)
    resid = 0.0
    for i in range(n):
        s = 0.0
        for k in range(n):
            s += c[i][k] * x[k]
        resid = max(resid, abs(s - rhs[i]))
    print("%.6f" % trace, "%.6f" % sum(x), resid < 1e-6)


main()
