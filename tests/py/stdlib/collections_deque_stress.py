# deque: many operations across block boundaries, checked against a list model
from collections import deque

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    return seed % n

for maxlen in (None, 7, 100):
    d = deque(maxlen=maxlen)
    model = []
    for step in range(3000):
        op = rnd(12)
        v = rnd(1000)
        if op < 3:
            d.append(v); model.append(v)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op < 5:
            d.appendleft(v); model.insert(0, v)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 5 and model:
            assert d.pop() == model.pop()
        elif op == 6 and model:
            assert d.popleft() == model.pop(0)
        elif op == 7 and model:
            k = rnd(2 * len(model) + 1) - len(model)
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 8 and model:
            i = rnd(len(model))
            assert d[i] == model[i] and d[-i - 1] == model[-i - 1]
            d[i] = v; model[i] = v
        elif op == 9 and model and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 1)
            d.insert(i, v); model.insert(i, v)
        elif op == 10 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 11:
            items = [rnd(50) for _ in range(rnd(70))]
            d.extend(items); model.extend(items)
            if maxlen is not None:
                model[:] = model[-maxlen:] if maxlen else []
        assert list(d) == model, (step, op)
        assert len(d) == len(model)
    print(maxlen, len(d), list(d)[:10], sum(d), list(reversed(d)) == model[::-1])

big = deque(range(1000))
big.rotate(333); print(big[0], big[-1], big.index(0), big.count(5))
big.reverse(); print(big[0], big[999], 500 in big, -1 in big)
big.extendleft(range(200)); print(len(big), big[0], big[199], big[200])
while len(big) > 3:
    big.pop() if len(big) % 2 else big.popleft()
print(big)
print(deque(range(130)) == deque(range(130)), deque(range(130)) < deque(range(131)))
print(deque(range(5)) * 30 == deque(list(range(5)) * 30), len(deque('ab', maxlen=5) * 100))
nested = deque([deque([1])]); nested[0].append(nested); print(nested)
