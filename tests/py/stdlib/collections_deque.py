# deque: every method, maxlen behaviour, indexing, comparisons, errors
from collections import deque

d = deque()
print(d, repr(deque([1, 2], maxlen=3)), deque('abc'), deque(range(3), 5), len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0)
print(d, d[0], d[-1], d[1], 2 in d, 5 in d)
d.extend([3, 4]); d.extendleft('ab')
print(d, d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
d.rotate(len(d) * 3 + 1); print(d)
print(d.count(1), d.count(99), d.index(2), d.index(2, 1), d.index(d[-1], -3))
d.insert(1, 'x'); d.insert(-1, 'y'); d.insert(100, 'end'); d.insert(-100, 'start')
print(d)
d.remove('x'); print(d)
d.reverse(); print(d)
c = d.copy(); c.clear(); print(c, d)
d[0] = 'first'; del d[1]; print(d)
print(list(reversed(deque([1, 2, 3]))), list(deque([1, 2, 3])))

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft([20, 21]); print(m)
z = deque([1, 2], maxlen=0); z.append(3); print(z)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([1]), deque([1, 2], 3) * 3)
q = deque([1]); q += [2, 3]; print(q)
q *= 2; print(q)
q *= 0; print(q)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque([1]) != deque([2]))
r = deque([1]); r.append(r); print(r)
print(deque([1, 2, 3], maxlen=2), deque(maxlen=None))

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(deque().pop)
err(deque().popleft)
err(lambda: deque()[0])
err(lambda: deque([1])[5])
err(lambda: deque([1])[-2])
err(lambda: deque([1])['a'])
err(deque([1]).remove, 2)
err(deque([1]).index, 2)
err(deque([1, 2], maxlen=2).insert, 0, 5)
err(lambda: deque([1]) + [2])
err(lambda: hash(deque()))
err(deque, [], -1)
# (the message names the type 'collections.deque': see the report)
try:
    deque() < [1]
except TypeError as e:
    print('TypeError', str(e).startswith("'<' not supported between instances of"))
err(setattr, deque(), 'maxlen', 3)
e = deque([1, 2, 3])
def mutate():
    for x in e:
        e.append(x)
err(mutate)
print(type(deque()), deque.__name__, deque.__module__)

class D(deque):
    pass
print(D([1, 2]), D([1], maxlen=4))
