import pprint
import collections


def build(seed, depth):
    # deterministic pseudo-random nested data (no hashing-order dependence)
    x = seed
    def nxt():
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return x
    def make(d):
        k = nxt() % 9
        if d <= 0 or k < 3:
            c = nxt() % 5
            if c == 0:
                return nxt() % 100000
            if c == 1:
                return 'word ' * (nxt() % 12) + 'end'
            if c == 2:
                return (nxt() % 1000) / 7
            if c == 3:
                return None if nxt() % 2 else True
            return b'bytes' * (nxt() % 6)
        if k < 5:
            return [make(d - 1) for _ in range(nxt() % 6)]
        if k < 7:
            return tuple(make(d - 1) for _ in range(nxt() % 4))
        if k < 8:
            return {'key%d' % (nxt() % 50): make(d - 1) for _ in range(nxt() % 5)}
        return {nxt() % 20 for _ in range(nxt() % 6)}
    return make(depth)


for seed in range(12):
    obj = build(seed, 4)
    for width in (1, 20, 45, 80):
        print(pprint.pformat(obj, width=width))
    print(pprint.pformat(obj, width=30, compact=True, indent=3))
    print(pprint.pformat(obj, depth=2, width=40))

mixed = {1: 'a', 'b': 2, (1, 2): [3], None: 0}
print(pprint.pformat(mixed))
print(pprint.pformat({'x' * 70: 'y' * 30}, width=60))
print(pprint.pformat(['supercalifragilisticexpialidocious' * 3], width=30))
print(pprint.pformat({'long': 'a b c d e f g h i j k l m n o p q r s t u v w x y z ' * 3}, width=40))
print(pprint.pformat({'n': 12345678901234567890, 'l': [10**10] * 5}, underscore_numbers=True, width=30))
print(pprint.pformat({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, width=20, indent=4))
print(pprint.pformat(frozenset(range(15)), width=20))
print(pprint.pformat(collections.ChainMap({'a': list(range(10))}, {'b': 'x' * 30}), width=30))
print(pprint.pformat(collections.UserList(range(30)), width=30))
print(pprint.pformat(collections.UserDict({'k': list(range(30))}), width=30))
print(pprint.pformat(collections.defaultdict(int), width=30), pprint.pformat(collections.Counter(), width=5))
print(pprint.pformat((('nested', ('tuple', ('deep',))),), width=15))
d = {'self': None}
d['self'] = d
print(pprint.pformat(d).split(' with')[0], pprint.isrecursive(d), pprint.saferepr(d).split(' with')[0])
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]], depth=2), pprint.pformat({'a': {'b': {}}}, depth=1))
print(pprint.pformat('short'), pprint.pformat(''), pprint.pformat(b''), pprint.pformat(bytearray()))
print(pprint.pformat('line1\nline2\n' * 10, width=20))
