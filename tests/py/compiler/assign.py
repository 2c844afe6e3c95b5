# Assignment forms: targets, unpacking, augmented, annotated, del, slices.
x = 1
y = z = x + 1
print(x, y, z)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = b, c, a = 1, 2, 3
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
p, *mid, q = range(5)
print(first, rest, init, last, p, mid, q)
(m, n), [o, (r, s)] = (1, 2), [3, (4, 5)]
print(m, n, o, r, s)
[h] = [42]
print(h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)


class Obj:
    pass


ob = Obj()
ob.attr = [0, 1, 2, 3, 4, 5]
ob.attr[1] = "one"
ob.attr[2:4] = ["x"]
ob.attr[::2] = [9, 9, 9]
print(ob.attr)
ob.count = 0
ob.count += 5
ob.count *= 3
ob.attr[0] += 100
ob.attr[1:2] += ["y"]
print(ob.count, ob.attr)
v = 10
v -= 3; v //= 2; v **= 3; v %= 7; v <<= 4; v >>= 1; v |= 1; v &= 0xff; v ^= 3
print(v)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1,)
t2 = tup
tup += (2,)
print(t2, tup)
d = {"k": 1}
d["k"] += 1
d.setdefault("z", []).append(1)
print(d)
del d["k"]
print(d)
del ob.count
print(hasattr(ob, "count"))
del a, (b, c)
try:
    print(a)
except NameError as e:
    print(e)
ls = list(range(10))
del ls[::3]
del ls[0]
print(ls)
ann: int = 5
other: "str"
ob.typed: int = 3
ob.attr[0]: float = 1.5
print(__annotations__, ann, ob.typed, ob.attr[0])


def f():
    local: int = 1
    unset: str
    return local


print(f(), f.__code__.co_varnames)
w = (k := 3) + k
print(w, k)
print([v := 1, v + 1])
x = y = []
x.append(1)
print(y)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 5
print(i, arr)
