# repr of nested and recursive lists and tuples
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
t = (a,)
print(t)
c = []
d = (c,)
c.append(d)
print(c, d)
print([[], [[]], [[], [[]]]], [(), (1,), (1, 2)], [None, True, 1.5, "x", 'y"z'])
deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError")
del deep
print("freed")
nest = ()
for i in range(100000):
    nest = (nest,)
del nest
print("freed tuples")
