# differential fuzz of dict operations (order, contents, sizes) against CPython 3.11
import sys
_s = [777]
def r(n):
    _s[0] = (_s[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (_s[0] >> 33) % n
def key(pool, strs):
    v = r(pool)
    k = r(10)
    if strs or k < 3:
        return 'k%d' % v
    if k < 5:
        return (v, 'x')
    if k < 6:
        return v + 0.5
    return v
for case in range(200):
    pool = [5, 40, 400][r(3)]
    strs = r(3) == 0
    d = {} if r(2) else dict.fromkeys('k%d' % i for i in range(r(10)))
    for step in range(r(300)):
        op = r(16)
        k = key(pool, strs)
        if op < 6:
            d[k] = step
        elif op < 8:
            d.pop(k, None)
        elif op == 8:
            d.setdefault(k, -step)
        elif op == 9 and d:
            d.popitem()
        elif op == 10:
            d.update({key(pool, strs): i for i in range(r(4))})
        elif op == 11:
            d = d.copy()
        elif op == 12:
            d = dict(d)
        elif op == 13:
            d = d | {k: 0}
        elif op == 14:
            d |= [(k, 1)]
        elif op == 15 and r(8) == 0:
            d.clear()
        if k in d and r(3) == 0:
            del d[k]
    print(case, len(d), sys.getsizeof(d), list(d.items())[:8], list(reversed(d))[:5],
          {**d} == d, sorted(map(str, d.values()))[:5])
