# FOR_ITER / UNPACK_SEQUENCE with their generic fallbacks.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 10:
        l.append(x + 10)
print(out)
l = list(range(10))
for x in l:
    if l:
        l.pop()
print(l)
def pairs(seq):
    t = 0
    for a, b in seq:
        t += a * b
    return t
print(pairs([(i, i) for i in range(30)]))
print(pairs([[1, 2]] * 30 + [(3, 4), 'ab' and (5, 6)]))
try:
    pairs([(1, 2)] * 30 + [(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
try:
    pairs([(1, 2)] * 30 + [(1,)])
except ValueError as e:
    print('ValueError', e)
try:
    pairs([(1, 2)] * 30 + [5])
except TypeError as e:
    print('TypeError', e)
print(pairs([iter((2, 3))]))
for i in range(3, -3, -2):
    print(i, end=' ')
print()
print(sum(range(10**6, 10**6 + 30)), sum(i for i in range(2**63 - 3, 2**63 + 2)))
