# a comparison raising mid-sort leaves the list in exactly the state CPython leaves it
seed = 99
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
budget = [0]
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        budget[0] -= 1
        if budget[0] < 0:
            raise RuntimeError("stop")
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
for trial in range(150):
    n = [5, 40, 64, 65, 130, 300][rand(6)]
    shape = rand(3)
    if shape == 0:
        data = [rand(50) for _ in range(n)]
    elif shape == 1:
        data = sorted(rand(1000) for _ in range(n // 2)) + sorted(rand(1000) for _ in range(n - n // 2))
    else:
        data = [i if rand(8) else rand(n) for i in range(n)]
    l = [K(v) for v in data]
    budget[0] = rand(600)
    try:
        l.sort(reverse=bool(rand(2)))
        res = "sorted"
    except RuntimeError:
        res = "raised"
    vals = [k.v for k in l]
    print(res, sorted(vals) == sorted(data), hash(tuple(vals)))
