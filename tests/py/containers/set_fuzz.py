# differential fuzz of set/frozenset/dict-view algebra against CPython 3.11 (own LCG)
_s = [12345]
def r(n):
    _s[0] = (_s[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (_s[0] >> 33) % n
out = []
for case in range(300):
    pool = [8, 50, 300, 3000][r(4)]
    a = set(); b = frozenset(r(pool) for _ in range(r(30)))
    d = {}
    for step in range(r(200)):
        op = r(20)
        v = r(pool) - pool // 5
        if op < 6: a.add(v)
        elif op < 8: a.discard(v)
        elif op == 8 and a: a.pop()
        elif op == 9: a |= set(r(pool) for _ in range(r(5)))
        elif op == 10: a &= set(range(0, pool, 2)) | {v}
        elif op == 11: a -= {v, v + 1, v + 2}
        elif op == 12: a ^= b
        elif op == 13: a = a | b
        elif op == 14: a = set(a - b)
        elif op == 15: d[v] = step
        elif op == 16: d.pop(v, None)
        elif op == 17: d = {k: d[k] for k in list(d)[::-1]}
        elif op == 18 and d: d.popitem()
        else: a.difference_update(range(v, v + 3))
    out.append((list(a), list(a & b), list(b & a), list(a ^ b), list(b - a), list(a.union(b)),
                list(a.intersection(b, range(pool))), list(frozenset(a)), hash(frozenset(a)),
                list(d.items())[:20], list(d.keys() & b), list(d.keys() | b), list(d.keys() ^ b), list(d.keys() - b),
                a <= set(b), a < set(b) | a, b.isdisjoint(a)))
for o in out:
    print(o)
