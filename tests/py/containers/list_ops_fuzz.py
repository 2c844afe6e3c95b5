# random list mutations: contents and sys.getsizeof (over-allocation) after every step
import sys
seed = 31337
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
l = []
log = []
for step in range(2500):
    op = rand(16)
    try:
        if op == 0: l.append(rand(100))
        elif op == 1: l.insert(rand(40) - 20, rand(100))
        elif op == 2: l.pop()
        elif op == 3: l.pop(rand(40) - 20)
        elif op == 4: l.remove(rand(100))
        elif op == 5: l.extend(range(rand(12)))
        elif op == 6: l += (x for x in range(rand(12)))
        elif op == 7: del l[rand(30) - 15:rand(30) - 15:[1, 2, -1, 3][rand(4)]]
        elif op == 8: l[rand(30) - 15:rand(30) - 15] = [7] * rand(15)
        elif op == 9: l *= rand(3)
        elif op == 10:
            if rand(5) == 0: l.clear()
        elif op == 11: l.sort(reverse=rand(2) == 1)
        elif op == 12: l.reverse()
        elif op == 13: l = l[:] if rand(2) else l.copy()
        elif op == 14: l.extend(l)
        else: l[:] = list(l) if rand(2) else tuple(l)
    except (IndexError, ValueError) as e:
        log.append(str(e))
    if len(l) > 300:
        del l[100:]
    print(op, len(l), sys.getsizeof(l), sum(l) % 1000, l[:3])
print(log[:20], len(log))
