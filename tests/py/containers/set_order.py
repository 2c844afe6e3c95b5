# Iteration order of int sets must equal CPython's exactly: random
# add/discard sequences, set algebra results, copies and big sets.
# a small LCG instead of the random module (same numbers everywhere)
_state = [2024]
def randrange(a, b=None):
    if b is None:
        a, b = 0, a
    _state[0] = (_state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return a + (_state[0] >> 33) % (b - a)
def rand():
    return randrange(1 << 30) / (1 << 30)
def choice(seq):
    return seq[randrange(len(seq))]
for case in range(60):
    s = set()
    pool = choice([20, 64, 300, 5000])
    for i in range(choice([5, 30, 100, 400])):
        v = randrange(-pool // 4, pool)
        if rand() < 0.7:
            s.add(v)
        else:
            s.discard(v)
    t = set(randrange(pool) for i in range(randrange(40)))
    print(case, list(s))
    print(' ', list(s | t), list(s & t), list(s - t), list(s ^ t))
    print(' ', list(t.union(s)), list(t.intersection(list(s))), list(t.difference(list(s))),
          list(t.symmetric_difference(list(s))))
    u = set(s)
    u.update(t)
    u.difference_update(range(0, pool, 3))
    u.symmetric_difference_update([1, 2, 3, 1000])
    print(' ', list(u), list(frozenset(s)), list(set(list(s))), list(set(dict.fromkeys(s))))
    while len(u) > 3:
        u.pop()
    print(' ', list(u), u.pop() if u else None)

big = set(range(0, 200000, 7))
print(len(big), sum(list(big)[:100]), list(big)[-5:])
big2 = {i * 1000003 % 99991 for i in range(50000)}
print(len(big2), list(big2)[:10], list(big2)[-10:])
print(list({2**40 + i for i in range(10)}), list({-i for i in range(10)}))
print(list({1.5, 2.5, 0.5}), list({True, 2, 0.0}))
