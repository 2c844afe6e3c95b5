# list.sort makes exactly the comparisons CPython 3.11 makes (powersort + galloping)
seed = 77
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
log = []
class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
total = 0

for it in range(60):
    shape = rand(6)
    n = [0, 1, 2, 5, 31, 64, 65, 100, 200, 500, 1300][rand(11)]
    if shape == 0:
        data = [rand(1000) for _ in range(n)]
    elif shape == 1:
        data = [i // 3 for i in range(n)]
    elif shape == 2:
        data = [(i * 7919) % 97 for i in range(n)]
    elif shape == 3:
        data = list(range(n, 0, -1)) + [rand(50) for _ in range(rand(10))]
    elif shape == 4:
        data = [i if rand(10) else rand(n + 1) for i in range(n)]
    else:
        data = sorted(rand(100) for _ in range(n // 2)) + sorted(rand(100) for _ in range(n - n // 2))
    log.clear()
    out = sorted([K(v) for v in data], reverse=bool(rand(2)))
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 31 + b) % (2**61 - 1)
    print(n, len(log), h, [k.v for k in out][:5])
